#!/usr/bin/env bash
# How many Docker Engine requests buttcloudd makes for one pub, idle (a reading every 15 s) and
# watched by a stream client (a reading every second), counted by a proxy between the server and
# the engine (bench/dockerproxy.py). Stats readings reuse the pub's remembered container: a reading
# is one request; the swarm observation (services, tasks, nodes every observe-interval) is apart.
# Not part of CTest.
#
#   bench/docker_requests.sh [SECONDS]      (default 60 s per phase)
#   BUTTCLOUDD=build/app/server/buttcloudd bench/docker_requests.sh
#   (the stream client: BUTTCLOUD_STREAMFANOUT, default build/bench/buttcloud_streamfanout)
#
# Everything it creates carries the label buttcloud.test=bench-<random> and is removed at the end.
set -euo pipefail
# shellcheck disable=SC2034 # read by common.sh
BC_NAME=docker_requests
source "$(dirname "$0")/../scripts/lib/common.sh"
source "$(dirname "$0")/lib.sh"

window=${1:-60}
[[ $window =~ ^[0-9]+$ && $window -ge 10 ]] || bc_die "SECONDS must be at least 10"
fanout=$(bench_fanout_tool)
trap bench_cleanup EXIT

proxy_socket=$bench_data/docker.sock
requests=$bench_data/requests.log
python3 "$(dirname "$0")/dockerproxy.py" "$proxy_socket" "$requests" &
bench_background_pids+=($!)
for _ in $(seq 50); do [[ -S $proxy_socket ]] && break; sleep 0.1; done

bc_log "starting buttcloudd (through the counting proxy) and one pub (run label $bench_run)"
bench_start_server 23220-23239 --docker-host "unix://$proxy_socket"
bench_create_pubs 1
sleep 20

# count FROM_LINE: requests of each kind logged after line FROM_LINE.
count() {
  tail -n "+$(($1 + 1))" "$requests" | awk -v w="$window" '
    /\/containers\/[^\/]*\/stats/ { stats++; next }
    /GET [^ ]*\/services\?[^ ]*pub\.id%3D/ || /GET [^ ]*\/services\?[^ ]*pub\.id=/ { lookups++; next }
    /GET [^ ]*\/(services|tasks|nodes)/ { observe++; next }
    /GET [^ ]*\/_ping/ { ping++; next }
    { other++ }
    END { printf "stats %d, container lookups (services+tasks) %d, observation %d, engine pings %d, other %d; requests per reading: %.2f\n",
                 stats, lookups * 2, observe, ping, other, stats ? (stats + lookups * 2) / stats : 0 }'
}

bc_log "phase 1/2: the pub idle ($window s)"
start=$(wc -l <"$requests")
sleep "$window"
echo "idle:    $(count "$start")"

bc_log "phase 2/2: the pub watched by one stream client ($window s)"
start=$(wc -l <"$requests")
"$fanout" "$bench_url" "$bench_token" "${bench_pub_ids[0]}" 1 "$window" >"$bench_data/fanout.log" 2>&1 \
  || bc_die "the stream client failed: $(cat "$bench_data/fanout.log")"
echo "watched: $(count "$start")"
