#!/usr/bin/env bash
# Makes sure a Docker engine runs and is part of a swarm. Starts dockerd only when none answers, and
# initialises a single-node swarm on 127.0.0.1 only when the engine is in none: a swarm or containers
# that were already there are left exactly as they were.
set -euo pipefail

BC_NAME=docker-up
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

log_dir=${BUTTCLOUD_STATE_DIR:-/var/lib/buttcloud-dev}
mkdir -p "$log_dir"

engine_answers() { docker_cli version --format '{{.Server.Version}}' >/dev/null 2>&1; }

if ! engine_answers; then
  if ! command -v dockerd >/dev/null 2>&1; then
    bc_log "dockerd is not installed (run scripts/lib/install-deps.sh)" >&2
    exit 1
  fi
  bc_log "starting dockerd (log: $log_dir/dockerd.log)"
  # setsid: the engine must outlive the script (and a CI step) that started it.
  setsid nohup dockerd >"$log_dir/dockerd.log" 2>&1 </dev/null &
  for _ in $(seq 1 120); do
    engine_answers && break
    sleep 0.5
  done
  engine_answers || { bc_log "dockerd did not answer within 60 s; see $log_dir/dockerd.log" >&2; tail -20 "$log_dir/dockerd.log" >&2; exit 1; }
fi

state=$(docker_cli info --format '{{.Swarm.LocalNodeState}}')
case "$state" in
  active) ;;
  inactive)
    bc_log "initialising a single-node swarm on 127.0.0.1"
    docker_cli swarm init --advertise-addr 127.0.0.1 >/dev/null ;;
  *)
    bc_log "the engine's swarm state is '$state'; not touching it" >&2
    exit 1 ;;
esac
manager=$(docker_cli info --format '{{.Swarm.ControlAvailable}}')
[[ $manager == true ]] || { bc_log "this engine is a swarm worker, not a manager; ButtCloud needs a manager" >&2; exit 1; }
bc_log "engine $(docker_cli version --format '{{.Server.Version}}') in an active swarm"
