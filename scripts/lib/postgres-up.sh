#!/usr/bin/env bash
# Starts a private PostgreSQL cluster for the tests on 127.0.0.1 (its own data directory, port and
# socket directory; the distribution's own cluster is left alone) and writes the URL of a role that may
# create databases to $BUTTCLOUD_POSTGRES_STATE/url (mode 0600). Idempotent: a running cluster is
# reused; leftover test databases (buttcloud_test_*) are dropped. Needs root (it runs the server as the
# postgres user). Prints the URL's file name, never the password.
set -euo pipefail
BC_NAME=postgres-up
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

state=${BUTTCLOUD_POSTGRES_STATE:-/var/lib/buttcloud-dev/postgres}
port=${BUTTCLOUD_POSTGRES_PORT:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x $bin/pg_ctl ]] || bc_die "PostgreSQL is not installed (scripts/lib/install-deps.sh installs it)"
id postgres >/dev/null 2>&1 || bc_die "the postgres user is missing (the postgresql package creates it)"
as_postgres() { runuser -u postgres -- "$@"; }

mkdir -p "$state/run"
chown postgres:postgres "$state" "$state/run"
chmod 0700 "$state"
if [[ ! -s $state/data/PG_VERSION ]]; then
  bc_log "initialising a cluster in $state/data"
  as_postgres "$bin/initdb" -D "$state/data" --auth-local=peer --auth-host=scram-sha-256 -U postgres \
    --encoding=UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1 || bc_die "initdb failed (see $state/initdb.log)"
fi
if ! as_postgres "$bin/pg_ctl" -D "$state/data" status >/dev/null 2>&1; then
  bc_log "starting PostgreSQL on 127.0.0.1:$port"
  as_postgres "$bin/pg_ctl" -D "$state/data" -l "$state/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$state/run -c max_connections=300 -c fsync=off" \
    start >/dev/null || bc_die "PostgreSQL did not start (see $state/server.log)"
fi
psql_admin() { as_postgres "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$state/run" -p "$port" -d postgres "$@"; }

password_file=$state/buttcloud.password
if [[ ! -s $password_file ]]; then
  (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=\n' >"$password_file")
fi
password=$(<"$password_file")
# The role may create (test) databases and nothing more.
psql_admin -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'buttcloud') THEN CREATE ROLE buttcloud LOGIN CREATEDB; END IF;
END \$\$;" >/dev/null
# Through stdin, so the password never shows in a process list.
psql_admin >/dev/null <<<"ALTER ROLE buttcloud PASSWORD '$password';"

for db in $(psql_admin -At -c "SELECT datname FROM pg_database WHERE datname LIKE 'buttcloud\_test\_%'"); do
  psql_admin -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null
done

(umask 077; printf 'postgresql://buttcloud:%s@127.0.0.1:%s/postgres\n' "$password" "$port" >"$state/url")
bc_log "PostgreSQL is up; its URL is in $state/url"
