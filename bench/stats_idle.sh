#!/usr/bin/env bash
# What idle pubs cost dockerd: ButtCloud's sampling (one-shot stats every 15 s per pub, nobody
# watching) against `docker stats` streaming the same containers, each over the same window, with
# dockerd's own idle cost measured first and subtracted. Prints the figures; not part of CTest.
#
#   bench/stats_idle.sh [PUBS] [SECONDS]      (defaults: 8 pubs, 90 s per phase)
#   BUTTCLOUDD=/path/to/buttcloudd bench/stats_idle.sh
#
# Everything it creates carries the label buttcloud.test=bench-<random> and is removed at the end.
set -euo pipefail
# shellcheck disable=SC2034 # read by common.sh
BC_NAME=stats_idle
source "$(dirname "$0")/../scripts/lib/common.sh"

pubs=${1:-8}
window=${2:-90}
[[ $pubs =~ ^[0-9]+$ && $pubs -ge 1 && $pubs -le 200 ]] || bc_die "PUBS must be 1-200"
[[ $window =~ ^[0-9]+$ && $window -ge 20 ]] || bc_die "SECONDS must be at least 20"
server=${BUTTCLOUDD:-$(command -v buttcloudd || true)}
[[ -x $server ]] || bc_die "set BUTTCLOUDD to the buttcloudd executable"
dockerd_pid=$(pidof dockerd) || bc_die "dockerd is not running"
ticks_per_second=$(getconf CLK_TCK)

run=bench-$(head -c4 /dev/urandom | od -An -tx1 | tr -d ' \n')
data=$(mktemp -d)
server_pid=''
stats_pid=''
cleanup() {
  [[ -n $stats_pid ]] && kill "$stats_pid" 2>/dev/null || true
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  local services
  services=$(docker_cli service ls -q --filter "label=buttcloud.test=$run")
  [[ -n $services ]] && docker_cli service rm $services >/dev/null
  sleep 5
  local volumes
  volumes=$(docker_cli volume ls -q --filter "label=buttcloud.test=$run")
  [[ -n $volumes ]] && docker_cli volume rm -f $volumes >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap cleanup EXIT

# CPU seconds (user + system) a process has used so far.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# measure PID...: prints each process's CPU use over the window as % of one core.
measure() {
  local -a before=() after=()
  local pid i
  for pid in "$@"; do before+=("$(cpu_ticks "$pid")"); done
  sleep "$window"
  for pid in "$@"; do after+=("$(cpu_ticks "$pid")"); done
  for i in "${!before[@]}"; do
    awk -v b="${before[$i]}" -v a="${after[$i]}" -v t="$ticks_per_second" -v w="$window" \
      'BEGIN { printf "%.2f ", (a - b) / t / w * 100 }'
  done
  echo
}

bc_log "starting buttcloudd and $pubs pubs (run label $run)"
password='benchmark password 1'
"$server" --data "$data" user add --email bench@example.org --name bench --role admin --password-stdin \
  <<<"$password" >/dev/null
"$server" --data "$data" --listen 127.0.0.1:0 --label "buttcloud.test=$run" --pub-port-range 23000-23199 \
  --pub-memory-reservation 32m --pub-memory-limit 256m >"$data/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do
  url=$(grep -o 'http://[^ ]*' "$data/server.log" | head -1 || true)
  [[ -n $url ]] && break
  sleep 0.2
done
[[ -n ${url:-} ]] || bc_die "buttcloudd did not start: $(cat "$data/server.log")"
token=$(curl -sf "$url/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"bench@example.org\",\"password\":\"$password\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
for i in $(seq "$pubs"); do
  curl -sf "$url/api/v1/pubs" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"name\":\"bench-$i-${run#bench-}\"}" >/dev/null
done
deadline=$((SECONDS + 60 + pubs * 15))
while (( $(curl -sf "$url/api/v1/pubs" -H "Authorization: Bearer $token" | grep -o '"status":"up"' | wc -l) < pubs )); do
  (( SECONDS < deadline )) || bc_die "the pubs did not all come up"
  sleep 2
done
bc_log "all $pubs pubs are up; letting them settle for 30 s"
sleep 30

bc_log "phase 1/3: buttcloudd sampling idle pubs every 15 s ($window s)"
read -r ours server_cpu < <(measure "$dockerd_pid" "$server_pid")

kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=''
bc_log "phase 2/3: nothing sampling ($window s)"
read -r baseline < <(measure "$dockerd_pid")

containers=$(docker_cli ps -q --filter "label=buttcloud.test=$run")
bc_log "phase 3/3: docker stats streaming the same $(wc -w <<<"$containers") containers ($window s)"
docker_cli stats --format '{{.ID}} {{.CPUPerc}}' $containers >/dev/null 2>&1 &
stats_pid=$!
sleep 3
read -r streaming < <(measure "$dockerd_pid")

awk -v n="$pubs" -v w="$window" -v ours="$ours" -v base="$baseline" -v stream="$streaming" -v srv="$server_cpu" 'BEGIN {
  o = ours - base; s = stream - base
  printf "pubs: %d, window: %d s per phase (CPU as %% of one core)\n", n, w
  printf "  dockerd idle, nothing sampling:        %6.2f %%\n", base
  printf "  dockerd, buttcloudd one-shot every 15 s: %6.2f %%  (+%.2f)\n", ours, o
  printf "  dockerd, docker stats streaming:       %6.2f %%  (+%.2f)\n", stream, s
  printf "  buttcloudd itself:                     %6.2f %%\n", srv
  if (o > 0.01) printf "  streaming costs dockerd %.1fx what our idle sampling costs\n", s / o
  else printf "  our idle sampling cost is below what this window can measure\n"
}'
