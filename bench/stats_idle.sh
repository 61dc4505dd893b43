#!/usr/bin/env bash
# What sampling N pubs costs dockerd and buttcloudd: with nobody watching (one-shot stats every 15 s
# per pub), with every pub watched (one reading per pub per second, one stream client subscribed to
# all of them), and `docker stats` streaming the same containers, each over the same window, with
# dockerd's own idle cost measured first and subtracted. Prints the figures; not part of CTest.
#
#   bench/stats_idle.sh [PUBS] [SECONDS]      (defaults: 8 pubs, 90 s per phase)
#   BUTTCLOUDD=build/app/server/buttcloudd bench/stats_idle.sh
#   (the stream client: BUTTCLOUD_STREAMFANOUT, default build/bench/buttcloud_streamfanout)
#
# Everything it creates carries the label buttcloud.test=bench-<random> and is removed at the end.
set -euo pipefail
# shellcheck disable=SC2034 # read by common.sh
BC_NAME=stats_idle
source "$(dirname "$0")/../scripts/lib/common.sh"
source "$(dirname "$0")/lib.sh"

pubs=${1:-8}
window=${2:-90}
[[ $pubs =~ ^[0-9]+$ && $pubs -ge 1 && $pubs -le 200 ]] || bc_die "PUBS must be 1-200"
[[ $window =~ ^[0-9]+$ && $window -ge 20 ]] || bc_die "SECONDS must be at least 20"
dockerd_pid=$(pidof dockerd) || bc_die "dockerd is not running"
fanout=$(bench_fanout_tool)
trap bench_cleanup EXIT

bc_log "starting buttcloudd and $pubs pubs (run label $bench_run)"
bench_start_server 23000-23199
bench_create_pubs "$pubs"
bc_log "all $pubs pubs are up; letting them settle for 30 s"
sleep 30

bc_log "phase 1/4: buttcloudd sampling idle pubs every 15 s ($window s)"
read -r idle idle_server < <(bench_measure "$window" "$dockerd_pid" "$bench_server_pid")

bc_log "phase 2/4: every pub watched by one stream client, sampled every second ($window s)"
ids=$(IFS=,; echo "${bench_pub_ids[*]}")
"$fanout" "$bench_url" "$bench_token" "$ids" 1 $((window + 5)) >"$bench_data/fanout.log" 2>&1 &
bench_background_pids+=($!)
sleep 5 # sign in, subscribe, first readings
read -r watched watched_server < <(bench_measure "$window" "$dockerd_pid" "$bench_server_pid")
wait "${bench_background_pids[-1]}" || bc_die "the stream client failed: $(cat "$bench_data/fanout.log")"
samples=$(sed -n 's/^samples received: \([0-9]*\).*/\1/p' "$bench_data/fanout.log")

bench_stop_server
bc_log "phase 3/4: nothing sampling ($window s)"
read -r baseline < <(bench_measure "$window" "$dockerd_pid")

containers=$(docker_cli ps -q --filter "label=buttcloud.test=$bench_run")
bc_log "phase 4/4: docker stats streaming the same $(wc -w <<<"$containers") containers ($window s)"
docker_cli stats --format '{{.ID}} {{.CPUPerc}}' $containers >/dev/null 2>&1 &
bench_background_pids+=($!)
sleep 3
read -r streaming < <(bench_measure "$window" "$dockerd_pid")

awk -v n="$pubs" -v w="$window" -v idle="$idle" -v watched="$watched" -v base="$baseline" -v stream="$streaming" \
    -v idle_srv="$idle_server" -v watched_srv="$watched_server" -v samples="${samples:-0}" 'BEGIN {
  i = idle - base; o = watched - base; s = stream - base
  printf "pubs: %d, window: %d s per phase (CPU as %% of one core)\n", n, w
  printf "  dockerd idle, nothing sampling:             %6.2f %%\n", base
  printf "  dockerd, buttcloudd one-shot every 15 s:    %6.2f %%  (+%.2f)   buttcloudd %5.2f %%\n", idle, i, idle_srv
  printf "  dockerd, buttcloudd one-shot every 1 s:     %6.2f %%  (+%.2f)   buttcloudd %5.2f %%  (%d samples streamed)\n", watched, o, watched_srv, samples
  printf "  dockerd, docker stats streaming:            %6.2f %%  (+%.2f)\n", stream, s
  if (i > 0.01) printf "  streaming costs dockerd %.1fx what idle sampling (15 s) adds\n", s / i
  else printf "  idle sampling (15 s) adds less than this window can measure\n"
  if (o > 0.01) printf "  streaming costs dockerd %.2fx what watched sampling (1 s) adds\n", s / o
  else printf "  watched sampling (1 s) adds less than this window can measure\n"
}'
