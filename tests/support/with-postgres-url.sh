#!/usr/bin/env bash
# Runs a test program with BUTTCLOUD_TEST_POSTGRES_URL read from the file scripts/lib/postgres-up.sh
# writes, so a test can run against PostgreSQL beside tests on SQLite in the same CTest run.
#
# usage: with-postgres-url.sh [--optional] URL_FILE PROGRAM [ARGUMENT...]
#   --optional  run the program without the variable when the file is missing (the test skips itself)
set -euo pipefail
optional=false
if [[ ${1:-} == --optional ]]; then
  optional=true
  shift
fi
(($# >= 2)) || { echo "usage: with-postgres-url.sh [--optional] URL_FILE PROGRAM [ARGUMENT...]" >&2; exit 2; }
url_file=$1
shift
if [[ -r $url_file && -s $url_file ]]; then
  BUTTCLOUD_TEST_POSTGRES_URL=$(<"$url_file")
  export BUTTCLOUD_TEST_POSTGRES_URL
elif ! $optional; then
  echo "with-postgres-url.sh: no PostgreSQL URL in $url_file (scripts/lib/postgres-up.sh starts the server and writes it)" >&2
  exit 1
fi
exec "$@"
