#!/usr/bin/env bash
# One pub watched by many stream clients: the server must read Docker once per second for that pub
# however many watch (its GET /api/v1/server/metrics counters show the readings), and each sample
# reaches every client. Prints the readings per second, samples sent and dropped, and the latency
# from the sample's time t (when Docker read the counters) to each client's receipt, p50 and p99.
# Not part of CTest.
#
#   bench/stream_fanout.sh [CLIENTS] [SECONDS]   (defaults: 100 clients, 60 s)
#   BUTTCLOUDD=build/app/server/buttcloudd bench/stream_fanout.sh
#   (the stream client: BUTTCLOUD_STREAMFANOUT, default build/bench/buttcloud_streamfanout)
#
# Everything it creates carries the label buttcloud.test=bench-<random> and is removed at the end.
set -euo pipefail
# shellcheck disable=SC2034 # read by common.sh
BC_NAME=stream_fanout
source "$(dirname "$0")/../scripts/lib/common.sh"
source "$(dirname "$0")/lib.sh"

clients=${1:-100}
window=${2:-60}
[[ $clients =~ ^[0-9]+$ && $clients -ge 1 && $clients -le 1000 ]] || bc_die "CLIENTS must be 1-1000"
[[ $window =~ ^[0-9]+$ && $window -ge 10 ]] || bc_die "SECONDS must be at least 10"
fanout=$(bench_fanout_tool)
trap bench_cleanup EXIT

bc_log "starting buttcloudd and one pub (run label $bench_run)"
bench_start_server 23200-23219
bench_create_pubs 1
bc_log "the pub is up; $clients clients watch it for $window s"
"$fanout" "$bench_url" "$bench_token" "${bench_pub_ids[0]}" "$clients" "$window" >"$bench_data/fanout.log" 2>&1 &
fanout_pid=$!
sleep 5 # connect, sign in, subscribe, warm up
read -r server_cpu dockerd_cpu < <(bench_measure "$((window - 5))" "$bench_server_pid" "$(pidof dockerd)")
wait "$fanout_pid" || bc_die "the stream client failed: $(cat "$bench_data/fanout.log")"
cat "$bench_data/fanout.log"
echo "CPU while streaming (% of one core): buttcloudd $server_cpu, dockerd $dockerd_cpu"
