#!/usr/bin/env bash
# Builds the server and PostgreSQL images, deploys packaging/stack/buttcloud.yml as a stack of its
# own (a unique name, a free port), and checks the server in it works on PostgreSQL: /healthz says
# database and engine ok, a sign-up and a sign-in go through. Then removes the stack, its volumes and
# its secrets, and nothing else. Exits 77 (a skip for CTest) when the engine is not a swarm manager.
#
# usage: scripts/lib/stack-check.sh BUTTCLOUDD
#   BUTTCLOUDD  the built server binary the image is made from
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BC_NAME=stack-check
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$source_dir/scripts/lib/common.sh"

(($# == 1)) || { sed -n '7,8s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2; exit 2; }
server_bin=$1
if [[ $(docker_cli info --format '{{.Swarm.ControlAvailable}}' 2>/dev/null) != true ]]; then
  bc_log "skipped: the Docker engine is not a swarm manager"
  exit 77
fi

"$source_dir/packaging/postgres-image/build.sh"
"$source_dir/packaging/server-image/build.sh" "$server_bin"

stack=bcstack$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n')
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
work=$(mktemp -d)
cleanup() {
  docker_cli stack rm "$stack" >/dev/null 2>&1 || true
  # Volumes can go once the stack's containers are gone.
  for _ in $(seq 60); do
    [[ -z $(docker_cli ps -aq --filter "label=com.docker.stack.namespace=$stack") ]] && break
    sleep 1
  done
  docker_cli volume rm "${stack}_database" "${stack}_server-data" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

"$source_dir/packaging/stack/deploy.sh" --port "$port" --secrets-dir "$work/secrets" "$stack"

api=http://127.0.0.1:$port
health=
for _ in $(seq 180); do
  health=$(curl -fsS --max-time 2 "$api/healthz" 2>/dev/null || true)
  [[ $health == *'"database":"ok"'* && $health == *'"engine":"ok"'* ]] && break
  sleep 1
done
[[ $health == *'"database":"ok"'* && $health == *'"engine":"ok"'* ]] || {
  docker_cli service ps --no-trunc "${stack}_server" "${stack}_database" >&2 || true
  docker_cli service logs --tail 30 "${stack}_server" >&2 || true
  bc_die "the stack's server did not become healthy on port $port (last answer: ${health:-none})"
}
bc_log "healthy: $health"

# The server in the stack really uses PostgreSQL: its log names the database it opened (service logs
# arrive a moment after the container wrote them).
opened_postgresql=false
for _ in $(seq 30); do
  if docker_cli service logs "${stack}_server" 2>&1 | grep -q 'buttcloudd: database postgresql://'; then
    opened_postgresql=true
    break
  fi
  sleep 1
done
$opened_postgresql || bc_die "the stack's server did not report a PostgreSQL database"

json_field() { python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
curl -fsS --max-time 10 -H 'Content-Type: application/json' \
  -d '{"name":"Stack Check","email":"stack-check@example.org","password":"stack-check-password"}' \
  "$api/api/v1/auth/signup" >/dev/null || bc_die "sign-up failed"
token=$(curl -fsS --max-time 10 -H 'Content-Type: application/json' \
  -d '{"email":"stack-check@example.org","password":"stack-check-password"}' "$api/api/v1/auth/login" | json_field accessToken) ||
  bc_die "sign-in failed"
curl -fsS --max-time 10 -H "Authorization: Bearer $token" "$api/api/v1/me" | grep -q stack-check@example.org ||
  bc_die "/api/v1/me did not answer for the new account"
bc_log "the stack's server signs users up and in on PostgreSQL"
