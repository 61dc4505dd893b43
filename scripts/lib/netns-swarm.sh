#!/usr/bin/env bash
# A private two-machine swarm for tests, inside this machine: two network namespaces on a bridge of
# their own, a dockerd in each (own data, exec root and socket; own host name), the first one a
# swarm manager, the second one a bare engine ready to be added as a hub. It never touches the
# machine's own engine or swarm. As root.
#
# usage: scripts/lib/netns-swarm.sh up NAME [IMAGE...]   start it; load IMAGEs into both engines
#        scripts/lib/netns-swarm.sh down NAME            stop and remove everything of NAME
#        scripts/lib/netns-swarm.sh run NAME -- COMMAND...
#            run COMMAND on the second machine: in its network namespace, with a private mount
#            namespace where /run/docker.sock is that machine's engine (so sshd started this way
#            gives SSH clients that engine, as on a real hub)
# NAME: 1-8 lowercase letters and digits. `up` prints shell assignments: MANAGER_SOCKET,
# MANAGER_ADDRESS, HUB_SOCKET, HUB_ADDRESS. Exits 77 (a skip for CTest) when not root or when the
# tools (ip, nsenter, unshare, iptables) are missing.
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BC_NAME=netns-swarm
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$source_dir/scripts/lib/common.sh"

usage() { sed -n '6,16s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
(($# >= 2)) || { usage >&2; exit 2; }
action=$1 name=$2
shift 2
[[ $name =~ ^[a-z0-9]{1,8}$ ]] || bc_die "NAME must be 1-8 lowercase letters and digits"
if [[ $(id -u) != 0 ]]; then bc_log "skipped: needs root"; exit 77; fi
for tool in ip nsenter unshare iptables dockerd; do
  command -v "$tool" >/dev/null || { bc_log "skipped: $tool is missing"; exit 77; }
done

state=/run/bcswarm-$name
data=/var/lib/buttcloud-dev/netns-swarm/$name
bridge=bcs$name
machines=(m h)   # the manager and the hub

# The subnet is chosen at `up` and kept in the state directory.
subnet_of() { cat "$state/subnet"; }
address_of() { local index=$1; echo "$(subnet_of).$((index + 2))"; }
engine_socket() { echo "$state/$1/docker.sock"; }
in_netns() { local machine=$1; shift; nsenter --net="/run/netns/bcs$name$machine" "$@"; }

start_engine() {
  local machine=$1 hostname=$2 dir=$state/$1
  mkdir -p "$dir" "$data/$machine"
  # No name server is reachable from these machines, and swarm tries to pull a task's image (one
  # without a digest) before every start: each try waited ~50 s for DNS timeouts before the loaded
  # image was used. A resolv.conf naming the machine's own loopback makes it fail at once.
  echo "nameserver 127.0.0.1" >"$dir/resolv.conf"
  # nsenter, not `ip netns exec`: the latter remounts /sys and hides the cgroup hierarchies dockerd needs.
  in_netns "$machine" unshare --uts --mount --propagation private \
    sh -c 'hostname "$1"; mount --bind "$2" /etc/resolv.conf; shift 2; exec "$@"' sh "$hostname" "$dir/resolv.conf" \
    setsid dockerd --data-root "$data/$machine/docker" --exec-root "$dir/exec" --pidfile "$dir/docker.pid" \
      --host "unix://$dir/docker.sock" >"$data/$machine/dockerd.log" 2>&1 </dev/null &
  for _ in $(seq 60); do
    docker_cli -H "unix://$dir/docker.sock" version >/dev/null 2>&1 && return 0
    sleep 1
  done
  bc_die "the engine of $machine did not answer within 60 s; see $data/$machine/dockerd.log"
}

up() {
  [[ ! -e $state ]] || bc_die "$name is up already (down it first)"
  local third index machine veth images=("$@")
  for third in $(shuf -i 16-250 -n 40); do
    ip route show | grep -q "^10\.231\.$third\." || break
  done
  mkdir -p "$state" "$data"
  echo "10.231.$third" >"$state/subnet"
  # The engines' data on a tmpfs: loading an image writes tens of thousands of small files, and
  # removing them from a disk takes a minute; unmounting a tmpfs takes nothing.
  mount -t tmpfs -o size=4g,mode=0700 "bcswarm-$name" "$data"
  ip link add "$bridge" type bridge
  ip addr add "$(subnet_of).1/24" dev "$bridge"
  ip link set "$bridge" up
  # Docker's FORWARD policy is DROP, and bridged traffic passes iptables (br_netfilter): let the
  # private machines talk to each other and to this host.
  iptables -I FORWARD -i "$bridge" -o "$bridge" -j ACCEPT
  for index in 0 1; do
    machine=${machines[$index]}
    veth=$bridge$machine
    ip netns add "bcs$name$machine"
    ip link add "$veth" type veth peer name "${veth}p"
    ip link set "${veth}p" netns "bcs$name$machine"
    ip link set "$veth" master "$bridge" up
    in_netns "$machine" ip addr add "$(address_of "$index")/24" dev "${veth}p"
    in_netns "$machine" ip link set "${veth}p" up
    in_netns "$machine" ip link set lo up
    in_netns "$machine" ip route add default via "$(subnet_of).1"
    start_engine "$machine" "bcs$name-$machine"
  done
  docker_cli -H "unix://$(engine_socket m)" swarm init --advertise-addr "$(address_of 0)" \
    --listen-addr "$(address_of 0):2377" >/dev/null
  if ((${#images[@]})); then
    docker_cli save "${images[@]}" -o "$data/images.tar"
    for machine in "${machines[@]}"; do
      docker_cli -H "unix://$(engine_socket "$machine")" load -q -i "$data/images.tar" >/dev/null
    done
    rm -f "$data/images.tar"
  fi
  printf 'MANAGER_SOCKET=%s\nMANAGER_ADDRESS=%s\nHUB_SOCKET=%s\nHUB_ADDRESS=%s\n' \
    "$(engine_socket m)" "$(address_of 0)" "$(engine_socket h)" "$(address_of 1)"
}

down() {
  local machine pids=()
  for machine in "${machines[@]}"; do
    pids+=($(cat "$state/$machine/docker.pid" 2>/dev/null || true))
  done
  ((${#pids[@]})) && kill "${pids[@]}" 2>/dev/null || true
  for _ in $(seq 40); do
    kill -0 "${pids[@]}" 2>/dev/null || break
    sleep 0.5
  done
  # What is left (a slow engine, its containerd and container shims) goes: everything here is
  # throwaway, and each of those processes names the state directory on its command line.
  pkill -9 -f "$state/" 2>/dev/null || true
  sleep 0.5
  # Containers the private engines leave behind (killed with them) still hold mounts.
  grep -o " $data/[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l 2>/dev/null || true
  umount -l "$data" 2>/dev/null || true
  grep -o " $state/[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l 2>/dev/null || true
  for machine in "${machines[@]}"; do
    ip netns del "bcs$name$machine" 2>/dev/null || true
    ip link del "$bridge$machine" 2>/dev/null || true
  done
  iptables -D FORWARD -i "$bridge" -o "$bridge" -j ACCEPT 2>/dev/null || true
  ip link del "$bridge" 2>/dev/null || true
  rm -rf "$state" "$data"
}

run_on_hub() {
  [[ ${1:-} == -- ]] || { usage >&2; exit 2; }
  shift
  [[ -S $(engine_socket h) ]] || bc_die "$name is not up"
  exec nsenter --net="/run/netns/bcs${name}h" unshare --mount --propagation private sh -c \
    'mount --bind "$1" /run/docker.sock && shift && exec "$@"' sh "$(engine_socket h)" "$@"
}

case $action in
  up) up "$@" ;;
  down) down ;;
  run) run_on_hub "$@" ;;
  *) usage >&2; exit 2 ;;
esac
