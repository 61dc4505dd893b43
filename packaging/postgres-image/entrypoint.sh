#!/bin/sh
# First start: a cluster owned by POSTGRES_USER (default buttcloud) with the password in
# POSTGRES_PASSWORD_FILE (a swarm secret), password authentication for every connection, and the
# database POSTGRES_DB (default buttcloud). Every start: PostgreSQL in the foreground as PID 1's child
# of nothing: exec, so it gets the stop signal itself.
set -eu
user=${POSTGRES_USER:-buttcloud}
database=${POSTGRES_DB:-buttcloud}
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    password_file=${POSTGRES_PASSWORD_FILE:-}
    if [ -z "$password_file" ] || [ ! -s "$password_file" ]; then
        echo "postgres: set POSTGRES_PASSWORD_FILE to a non-empty file holding the password" >&2
        exit 2
    fi
    initdb --pgdata="$PGDATA" --username="$user" --pwfile="$password_file" --auth=scram-sha-256 \
        --encoding=UTF8 --locale=C
    echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
    echo "CREATE DATABASE \"$database\";" | postgres --single -D "$PGDATA" -c jit=off postgres >/dev/null
fi
exec postgres -D "$PGDATA" -c listen_addresses='*' -c jit=off
