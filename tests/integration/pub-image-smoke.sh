#!/usr/bin/env bash
# Smoke test of the pub image against the real engine: the pub starts as a non-root user, answers
# whoami, makes invites for SSB_EXTERNAL_HOST:SSB_PORT, is reachable on that port, stops quickly
# with --init, keeps its identity in its volume across containers, serves ssb-viewer and git-ssb-web
# on their ports inside the container, and refuses clashing ports.
#
# usage: pub-image-smoke.sh [IMAGE]   (default buttcloud/pub:<version of package.json, the tag>)
# Everything it creates carries a label unique to the run and is removed on exit, pass or fail.
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BC_NAME=pub-image-smoke
# shellcheck source-path=SCRIPTDIR source=../../scripts/lib/common.sh
source "$source_dir/scripts/lib/common.sh"

version=$(node -p "require(process.argv[1]).version" "$source_dir/packaging/pub-image/package.json")
image=${1:-buttcloud/pub:$version}
run_id=$$-$RANDOM
label=buttcloud.test=pub-image-smoke-$run_id
volume=buttcloud-pub-smoke-$run_id
external_host=pub-smoke.example.org

fail() { bc_log "FAIL: $*" >&2; exit 1; }
pass() { bc_log "ok: $*"; }

cleanup() {
  local containers volumes
  mapfile -t containers < <(docker_cli ps -aq --filter "label=$label")
  ((${#containers[@]} == 0)) || docker_cli rm -f -v "${containers[@]}" >/dev/null
  mapfile -t volumes < <(docker_cli volume ls -q --filter "label=$label")
  ((${#volumes[@]} == 0)) || docker_cli volume rm "${volumes[@]}" >/dev/null
}
trap cleanup EXIT

docker_cli image inspect "$image" >/dev/null 2>&1 || fail "no image $image; build it with packaging/pub-image/build.sh"

# The image's own promises: labels, non-root user, a health check, the volume.
config=$(docker_cli image inspect --format '{{.Config.User}}|{{index .Config.Labels "buttcloud.image"}}|{{index .Config.Labels "org.opencontainers.image.version"}}|{{json .Config.Healthcheck.Test}}|{{json .Config.Volumes}}' "$image")
[[ $config == 'ssb|pub|'"$version"'|["CMD","ssb-server","whoami"]|{"/home/ssb/.ssb":{}}' ]] || fail "unexpected image configuration: $config"
pass "image configuration"

# A free port, so the host port equals the pub's own, as the server publishes it.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=
for _ in $(seq 1 20); do
  candidate=$((20000 + RANDOM % 20000))
  port_in_use "$candidate" || { port=$candidate; break; }
done
[[ -n $port ]] || fail "found no free port"

docker_cli volume create --label "$label" "$volume" >/dev/null
start_pub() {
  docker_cli run -d --init --label "$label" --volume "$volume:/home/ssb/.ssb" \
    --publish "127.0.0.1:$port:$port" --env "SSB_PORT=$port" --env "SSB_EXTERNAL_HOST=$external_host" \
    "$image"
}

# whoami answers about a second after start-up; allow a slow machine 30 s.
wait_for_identity() {
  local container=$1 answer
  for _ in $(seq 1 60); do
    if answer=$(docker_cli exec "$container" ssb-server whoami 2>/dev/null); then
      node -e 'const id = JSON.parse(process.argv[1]).id
               if (!/^@[A-Za-z0-9+/]{43}=\.ed25519$/.test(id)) process.exit(1)
               console.log(id)' "$answer" && return 0
    fi
    [[ $(docker_cli inspect --format '{{.State.Running}}' "$container") == true ]] || break
    sleep 0.5
  done
  docker_cli logs --tail 20 "$container" >&2 || true
  return 1
}

container=$(start_pub)
identity=$(wait_for_identity "$container") || fail "whoami did not answer with an ed25519 id"
pass "whoami: $identity"

uid=$(docker_cli exec "$container" node -p 'process.getuid()')
[[ $uid == 1000 ]] || fail "the pub runs as uid $uid, not 1000 (ssb)"
pass "runs as uid 1000"

invite=$(docker_cli exec "$container" ssb-server invite.create 1) || fail "invite.create 1 failed"
invite=${invite//\"/}
[[ $invite == "$external_host:$port:$identity~"* ]] || fail "invite does not carry $external_host:$port and the pub's id: $invite"
pass "invite carries $external_host:$port"

port_in_use "$port" || fail "nothing answers on 127.0.0.1:$port"
pass "reachable on 127.0.0.1:$port"

# The web plugins, asked from inside the container (their ports are never published).
http_status() {
  docker_cli exec "$container" node -e 'require("http").get(process.argv[1], r => { console.log(r.statusCode); r.resume() })
    .on("error", () => console.log(0))' "$1"
}
feed_path=$(node -p 'encodeURIComponent(process.argv[1])' "$identity")
for _ in $(seq 1 20); do
  [[ $(http_status "http://127.0.0.1:8807/$feed_path") == 200 ]] && break
  sleep 0.5
done
[[ $(http_status "http://127.0.0.1:8807/$feed_path") == 200 ]] || fail "ssb-viewer does not serve the pub's feed on 8807"
pass "ssb-viewer serves the pub's feed"
[[ $(http_status "http://127.0.0.1:7718/") == 200 ]] || fail "git-ssb-web does not answer on 7718"
pass "git-ssb-web answers"

started=$(date +%s%N)
docker_cli stop "$container" >/dev/null
stop_ms=$((($(date +%s%N) - started) / 1000000))
((stop_ms < 3000)) || fail "docker stop took $stop_ms ms (is --init missing?)"
pass "stopped in $stop_ms ms"
docker_cli rm -v "$container" >/dev/null

container=$(start_pub)
again=$(wait_for_identity "$container") || fail "whoami did not answer after a restart"
[[ $again == "$identity" ]] || fail "identity changed across containers: $identity -> $again"
pass "identity survives a new container on the same volume"

# Clashing ports are refused before anything starts.
set +e
refusal=$(docker_cli run --rm --label "$label" --env SSB_VIEWER_PORT=8008 "$image" 2>&1)
code=$?
set -e
((code == 2)) && [[ $refusal == *"SSB_PORT and SSB_VIEWER_PORT must differ"* ]] || fail "clashing ports not refused ($code): $refusal"
pass "clashing ports refused"

bc_log "PASS"
