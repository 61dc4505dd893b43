#!/usr/bin/env bash
# Deploys ButtCloud as a swarm stack: buttcloudd on PostgreSQL (buttcloud.yml). Makes the database
# password and the server's configuration once (kept in the secrets directory, mode 0700, reused on
# later deploys so the database stays reachable), checks the images are there and deploys.
#
# usage: deploy.sh [--port PORT] [--public-host HOST] [--secrets-dir DIR] [NAME]
#   NAME           the stack's name (default buttcloud)
#   --port         host port of the API (default 8080)
#   --public-host  host name pubs advertise in invites (default 127.0.0.1)
#   --secrets-dir  where the generated secrets live (default /var/lib/buttcloud-stack/NAME)
# Build the images first: packaging/postgres-image/build.sh and
# packaging/server-image/build.sh <buttcloudd>. Remove with: docker stack rm NAME
set -euo pipefail

recipe_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BC_NAME=stack-deploy
# shellcheck source-path=SCRIPTDIR source=../../scripts/lib/common.sh
source "$recipe_dir/../../scripts/lib/common.sh"

usage() { sed -n '6,13s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

name=buttcloud
port=8080
public_host=127.0.0.1
secrets_dir=
while (($#)); do
  case $1 in
    --port) port=${2:?--port needs a value}; shift ;;
    --public-host) public_host=${2:?--public-host needs a value}; shift ;;
    --secrets-dir) secrets_dir=${2:?--secrets-dir needs a value}; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) usage >&2; bc_die "unknown option $1" ;;
    *) name=$1 ;;
  esac
  shift
done
[[ $name =~ ^[a-z][a-z0-9-]{0,30}$ ]] || bc_die "the stack name must be 1-31 lowercase letters, digits or hyphens"
[[ $port =~ ^[0-9]+$ ]] && ((port >= 1 && port <= 65535)) || bc_die "--port must be 1-65535"
[[ $public_host =~ ^[A-Za-z0-9.-]{1,253}$ ]] || bc_die "--public-host must be a host name or IPv4 address"
secrets_dir=${secrets_dir:-/var/lib/buttcloud-stack/$name}

version=0.1.0
server_image=$(docker_cli image ls --format '{{.Repository}}:{{.Tag}}' buttcloud/server | sort -V | tail -n 1)
[[ -n $server_image ]] || bc_die "no buttcloud/server image: run packaging/server-image/build.sh <buttcloudd> first"
version=${server_image#*:}
docker_cli image inspect buttcloud/postgres:15 >/dev/null 2>&1 ||
  bc_die "no buttcloud/postgres:15 image: run packaging/postgres-image/build.sh first"
[[ $(docker_cli info --format '{{.Swarm.ControlAvailable}}') == true ]] || bc_die "this engine is not a swarm manager"

# The password never appears on a command line or in the environment: it goes from /dev/urandom
# into the two files the swarm turns into secrets.
umask 077
mkdir -p "$secrets_dir"
chmod 700 "$secrets_dir"
if [[ ! -s $secrets_dir/postgres_password || ! -s $secrets_dir/buttcloudd.conf ]]; then
  password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  printf '%s' "$password" >"$secrets_dir/postgres_password"
  printf 'database = postgresql://buttcloud:%s@database:5432/buttcloud\n' "$password" >"$secrets_dir/buttcloudd.conf"
  unset password
  bc_log "made the database password and server configuration in $secrets_dir"
fi

BUTTCLOUD_SECRETS_DIR=$secrets_dir BUTTCLOUD_PORT=$port BUTTCLOUD_PUBLIC_HOST=$public_host BUTTCLOUD_VERSION=$version \
  docker_cli stack deploy --resolve-image never --compose-file "$recipe_dir/buttcloud.yml" "$name"
bc_log "deployed stack $name (server $version) on port $port"
