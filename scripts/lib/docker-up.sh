#!/usr/bin/env bash
# Makes sure a Docker engine runs and is part of a swarm. Starts dockerd only when none answers, and
# initialises a single-node swarm on 127.0.0.1 only when the engine is in none: a swarm or containers
# that were already there are left exactly as they were.
#
# usage: docker-up.sh            start the engine and the swarm when needed
#        docker-up.sh owns       exit 0 when the running dockerd is one this script started
#        docker-up.sh restart    stop the dockerd this script started and start it again the same
#                                way (the swarm, its services and volumes survive; containers are
#                                restarted by the swarm); refused for an engine started otherwise
#        docker-up.sh stop       stop the dockerd this script started (refused otherwise); a fault
#                                test's first half
#        docker-up.sh start      start the engine again after stop (nothing when one answers) and
#                                wait for its swarm
set -euo pipefail

BC_NAME=docker-up
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

log_dir=${BUTTCLOUD_STATE_DIR:-/var/lib/buttcloud-dev}
log_file=$log_dir/dockerd.log
mkdir -p "$log_dir"

engine_answers() { docker_cli version --format '{{.Server.Version}}' >/dev/null 2>&1; }

# The dockerd this script started writes to its log file: that is how it is recognised later.
owned_dockerd_pid() {
  local pid
  for pid in $(pidof dockerd); do
    [[ $(readlink "/proc/$pid/fd/1" 2>/dev/null) == "$log_file" ]] && { echo "$pid"; return 0; }
  done
  return 1
}

start_dockerd() {
  if ! command -v dockerd >/dev/null 2>&1; then
    bc_log "dockerd is not installed (run scripts/lib/install-deps.sh)" >&2
    exit 1
  fi
  bc_log "starting dockerd (log: $log_file)"
  # setsid: the engine must outlive the script (and a CI step) that started it.
  setsid nohup dockerd >>"$log_file" 2>&1 </dev/null &
  for _ in $(seq 1 120); do
    engine_answers && return 0
    sleep 0.5
  done
  bc_log "dockerd did not answer within 60 s; see $log_file" >&2
  tail -20 "$log_file" >&2
  exit 1
}

# After a restart the node needs a moment to become the swarm's manager again.
wait_for_swarm_manager() {
  for _ in $(seq 1 120); do
    [[ $(docker_cli info --format '{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}}' 2>/dev/null) == 'active true' ]] \
      && docker_cli node ls >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  bc_log "the swarm did not come back within 60 s" >&2
  exit 1
}

stop_owned_dockerd() {
  local pid
  pid=$(owned_dockerd_pid) || bc_die "the running dockerd was not started by this script; not stopping it"
  bc_log "stopping dockerd (pid $pid)"
  kill -TERM "$pid"
  for _ in $(seq 1 240); do
    [[ -d /proc/$pid ]] || return 0
    sleep 0.5
  done
  bc_die "dockerd (pid $pid) did not stop within 120 s"
}

case ${1:-} in
  owns)
    owned_dockerd_pid >/dev/null
    exit ;;
  restart)
    stop_owned_dockerd
    start_dockerd
    wait_for_swarm_manager
    bc_log "engine $(docker_cli version --format '{{.Server.Version}}') restarted in its swarm"
    exit 0 ;;
  stop)
    stop_owned_dockerd
    exit 0 ;;
  start)
    engine_answers || start_dockerd
    wait_for_swarm_manager
    bc_log "engine $(docker_cli version --format '{{.Server.Version}}') in its swarm"
    exit 0 ;;
  '') ;;
  *) bc_die "unknown argument '$1' (expected nothing, owns, restart, stop or start)" ;;
esac

engine_answers || start_dockerd

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
