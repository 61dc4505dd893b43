#!/usr/bin/env bash
# Load test: a real buttcloudd on loopback with real pubs, under wrk with many concurrent connections
# for a while: a mix of reads (GET /api/v1/pubs, /pubs/{id}, /jobs, /pubs/{id}/stats) and writes
# (POST /pubs/{id}/start), signed in as an admin (bench/load.lua). Then, in the same run, the same
# connections list the same services straight from the Docker API: wrk against dockerd's unix socket
# through socat (one socat process per connection, forked when wrk connects; wrk keeps its
# connections open). Prints requests, throughput, p50/p99 latency and errors for both; errors must be 0.
# Not part of CTest.
#
#   bench/load.sh [PUBS] [CONNECTIONS] [SECONDS]   (defaults: 5 pubs, 200 connections, 60 s)
#   BUTTCLOUDD=build/app/server/buttcloudd bench/load.sh
#
# Exits non-zero when either phase saw an error. Everything it creates carries the label
# buttcloud.test=bench-<random> and is removed at the end.
set -euo pipefail
# shellcheck disable=SC2034 # read by common.sh
BC_NAME=load
source "$(dirname "$0")/../scripts/lib/common.sh"
source "$(dirname "$0")/lib.sh"

pub_count=${1:-5}
connections=${2:-200}
window=${3:-60}
[[ $pub_count =~ ^[0-9]+$ && $pub_count -ge 1 && $pub_count -le 20 ]] || bc_die "PUBS must be 1-20"
[[ $connections =~ ^[0-9]+$ && $connections -ge 1 && $connections -le 10000 ]] || bc_die "CONNECTIONS must be 1-10000"
[[ $window =~ ^[0-9]+$ && $window -ge 5 ]] || bc_die "SECONDS must be at least 5"
for tool in wrk socat; do command -v "$tool" >/dev/null || bc_die "$tool is missing (scripts/lib/install-deps.sh installs it)"; done
script=$(cd "$(dirname "$0")" && pwd)/load.lua
trap bench_cleanup EXIT

# wrk needs a descriptor per connection, the server one per client it serves.
ulimit -n "$(ulimit -Hn)"

bc_log "starting buttcloudd and $pub_count pubs (run label $bench_run)"
bench_start_server 23240-23259
bench_create_pubs "$pub_count"
server_port=${bench_url##*:}

# run_wrk NAME URL MODE ARG...: one wrk run; its summary lines go to $bench_data/NAME.log.
run_wrk() {
  local name=$1 url=$2
  shift 2
  wrk --threads 2 --connections "$connections" --duration "${window}s" --timeout 10s --latency \
    --script "$script" "$url" -- "$@" >"$bench_data/$name.log" 2>&1 || bc_die "wrk failed: $(cat "$bench_data/$name.log")"
  sed -n "s/^load: /$name: /p" "$bench_data/$name.log"
  grep -q '^load: errors 0 ' "$bench_data/$name.log"
}

failed=false
bc_log "phase 1/2: buttcloudd, $connections connections for $window s; the machine's load average: $(cut -d' ' -f1-3 /proc/loadavg)"
bench_measure "$window" "$bench_server_pid" "$(pidof dockerd)" >"$bench_data/cpu.log" &
measure_pid=$!
run_wrk buttcloudd "$bench_url" api "$bench_token" "${bench_pub_ids[@]}" || failed=true
wait "$measure_pid" || true
read -r server_cpu dockerd_cpu <"$bench_data/cpu.log" || true
grep '^unexpected answer' "$bench_data/buttcloudd.log" || true
bc_log "the server's log: $(grep -c ' 5[0-9][0-9] ' "$bench_data/server.log" || true) answers with status 5xx"

docker_port=$((server_port + 1))
# socat complains about every connection wrk closes at the end: its log stays in the temporary directory.
socat "TCP-LISTEN:$docker_port,bind=127.0.0.1,fork,reuseaddr,backlog=1024" UNIX-CONNECT:/var/run/docker.sock 2>"$bench_data/socat.log" &
bench_background_pids+=($!)
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$docker_port/_ping" >/dev/null && break; sleep 0.1; done
services_path="/services?filters=$(python3 -c 'import json, sys, urllib.parse; print(urllib.parse.quote(json.dumps({"label": [sys.argv[1]]})))' "buttcloud.test=$bench_run")"
listed=$(curl -sf "http://127.0.0.1:$docker_port$services_path" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))')
[[ $listed == "$pub_count" ]] || bc_die "the Docker API lists $listed services for the run, not $pub_count"
bc_log "phase 2/2: GET $services_path on the Docker API through socat, $connections connections for $window s; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
run_wrk docker "http://127.0.0.1:$docker_port" get "$services_path" || failed=true

echo "CPU during phase 1 (% of one core): buttcloudd ${server_cpu:-?}, dockerd ${dockerd_cpu:-?}; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
if $failed; then
  bc_die "errors under load (see above; the server's log: $bench_data/server.log is removed at exit)"
fi
