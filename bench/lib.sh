# shellcheck shell=bash
# Helpers shared by the benchmarks: a real buttcloudd on a temporary data directory, its admin token,
# pubs created through its API, CPU accounting from /proc, and the cleanup of everything labelled
# buttcloud.test=<bench_run>. Source it after scripts/lib/common.sh.

bench_run=bench-$(head -c4 /dev/urandom | od -An -tx1 | tr -d ' \n')
bench_data=$(mktemp -d)
bench_server_pid=''
bench_url=''
bench_token=''
bench_pub_ids=()
bench_background_pids=()
bench_ticks_per_second=$(getconf CLK_TCK)

bench_cleanup() {
  local pid services volumes
  for pid in "${bench_background_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  bench_stop_server
  services=$(docker_cli service ls -q --filter "label=buttcloud.test=$bench_run")
  [[ -n $services ]] && docker_cli service rm $services >/dev/null
  sleep 5
  volumes=$(docker_cli volume ls -q --filter "label=buttcloud.test=$bench_run")
  [[ -n $volumes ]] && docker_cli volume rm -f $volumes >/dev/null 2>&1 || true
  rm -rf "$bench_data"
}

# bench_start_server PORT_RANGE [OPTION...]: starts buttcloudd ($BUTTCLOUDD) with an admin user and
# signs in.
bench_start_server() {
  local server=${BUTTCLOUDD:-$(command -v buttcloudd || true)} password='benchmark password 1' range=$1
  shift
  [[ -x $server ]] || bc_die "set BUTTCLOUDD to the buttcloudd executable"
  "$server" --data "$bench_data" user add --email bench@example.org --name bench --role admin --password-stdin \
    <<<"$password" >/dev/null
  "$server" --data "$bench_data" --listen 127.0.0.1:0 --label "buttcloud.test=$bench_run" --pub-port-range "$range" \
    --pub-memory-reservation 32m --pub-memory-limit 256m "$@" >"$bench_data/server.log" 2>&1 &
  bench_server_pid=$!
  bench_url=''
  for _ in $(seq 100); do
    bench_url=$(grep -o 'http://[^ ]*' "$bench_data/server.log" | head -1 || true)
    [[ -n $bench_url ]] && break
    sleep 0.2
  done
  [[ -n $bench_url ]] || bc_die "buttcloudd did not start: $(cat "$bench_data/server.log")"
  bench_token=$(curl -sf "$bench_url/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"bench@example.org\",\"password\":\"$password\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
  [[ -n $bench_token ]] || bc_die "cannot sign in"
}

bench_stop_server() {
  [[ -n $bench_server_pid ]] || return 0
  kill "$bench_server_pid" 2>/dev/null && wait "$bench_server_pid" 2>/dev/null || true
  bench_server_pid=''
}

# bench_create_pubs N: creates N pubs, waits until all are up; their ids land in bench_pub_ids.
bench_create_pubs() {
  local count=$1 i deadline
  for i in $(seq "$count"); do
    bench_pub_ids+=("$(curl -sf "$bench_url/api/v1/pubs" -H "Authorization: Bearer $bench_token" \
      -H 'Content-Type: application/json' -d "{\"name\":\"bench-$i-${bench_run#bench-}\"}" \
      | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')")
  done
  deadline=$((SECONDS + 60 + count * 15))
  while (( $(curl -sf "$bench_url/api/v1/pubs" -H "Authorization: Bearer $bench_token" | grep -o '"status":"up"' | wc -l) < count )); do
    (( SECONDS < deadline )) || bc_die "the pubs did not all come up"
    sleep 2
  done
}

# CPU time (user + system, in clock ticks) a process has used so far.
bench_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# bench_measure SECONDS PID...: prints each process's CPU use over the window as % of one core.
bench_measure() {
  local window=$1 pid i
  shift
  local -a before=() after=()
  for pid in "$@"; do before+=("$(bench_cpu_ticks "$pid")"); done
  sleep "$window"
  for pid in "$@"; do after+=("$(bench_cpu_ticks "$pid")"); done
  for i in "${!before[@]}"; do
    awk -v b="${before[$i]}" -v a="${after[$i]}" -v t="$bench_ticks_per_second" -v w="$window" \
      'BEGIN { printf "%.2f ", (a - b) / t / w * 100 }'
  done
  echo
}

# bench_fanout_tool: the stream load client built with the project.
bench_fanout_tool() {
  local tool=${BUTTCLOUD_STREAMFANOUT:-$(dirname "${BUTTCLOUDD:-}")/../../bench/buttcloud_streamfanout}
  [[ -x $tool ]] || bc_die "set BUTTCLOUD_STREAMFANOUT to bench/buttcloud_streamfanout in the build directory"
  echo "$tool"
}
