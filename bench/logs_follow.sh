#!/usr/bin/env bash
# What following one pub's logs costs dockerd: CLIENTS stream clients following it through buttcloudd
# (ONE Docker follow upstream, fanned out by the server) against CLIENTS `docker service logs -f`
# processes (one follow each), over SECONDS each, with an idle baseline first. Prints dockerd's
# (and buttcloudd's) CPU use as % of one core. The pub is idle, as most are: the figures are the cost
# of holding follows open. Not part of CTest.
#
#   bench/logs_follow.sh [CLIENTS] [SECONDS]   (defaults: 20 clients, 30 s)
#   BUTTCLOUDD=build/app/server/buttcloudd bench/logs_follow.sh
#
# Everything it creates carries the label buttcloud.test=bench-<random> and is removed at the end.
set -euo pipefail
# shellcheck disable=SC2034 # read by common.sh
BC_NAME=logs_follow
source "$(dirname "$0")/../scripts/lib/common.sh"
source "$(dirname "$0")/lib.sh"

clients=${1:-20}
window=${2:-30}
[[ $clients =~ ^[0-9]+$ && $clients -ge 1 && $clients -le 200 ]] || bc_die "CLIENTS must be 1-200"
[[ $window =~ ^[0-9]+$ && $window -ge 10 ]] || bc_die "SECONDS must be at least 10"
fanout=$(bench_fanout_tool)
trap bench_cleanup EXIT

bc_log "starting buttcloudd and one pub (run label $bench_run)"
bench_start_server 23220-23229
bench_create_pubs 1
service=buttcloud-pub-${bench_pub_ids[0]}
dockerd=$(pidof dockerd)

read -r idle_dockerd < <(bench_measure "$window" "$dockerd")
echo "idle: dockerd $idle_dockerd"

BUTTCLOUD_FANOUT_TOPIC=pub.logs "$fanout" "$bench_url" "$bench_token" "${bench_pub_ids[0]}" "$clients" "$((window + 5))" \
  >"$bench_data/fanout.log" 2>&1 &
fanout_pid=$!
bench_background_pids+=("$fanout_pid")
sleep 5 # connect, sign in, subscribe
read -r server_cpu dockerd_cpu < <(bench_measure "$window" "$bench_server_pid" "$dockerd")
wait "$fanout_pid" || bc_die "the stream client failed: $(cat "$bench_data/fanout.log")"
echo "$clients clients through buttcloudd (one follow): dockerd $dockerd_cpu, buttcloudd $server_cpu"

cli_pids=()
for _ in $(seq "$clients"); do
  docker service logs -f --timestamps "$service" >/dev/null 2>&1 &
  cli_pids+=($!)
  bench_background_pids+=($!)
done
sleep 5
read -r cli_dockerd < <(bench_measure "$window" "$dockerd")
kill "${cli_pids[@]}" 2>/dev/null || true
wait "${cli_pids[@]}" 2>/dev/null || true
echo "$clients docker service logs -f: dockerd $cli_dockerd"
