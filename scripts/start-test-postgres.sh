#!/usr/bin/env bash
# Starts a private PostgreSQL cluster on 127.0.0.1:5433 for the test suites (idempotent).
# Prints the URL to export as TEST_DATABASE_URL.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "${PGBIN}" ]; then echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; fi
BASE=${PG_TEST_DIR:-/tmp/ametrika-pg}
PORT=${PG_TEST_PORT:-5433}
mkdir -p "$BASE/sock"
chown -R postgres:postgres "$BASE"
if [ ! -f "$BASE/data/PG_VERSION" ]; then
  su postgres -s /bin/sh -c "$PGBIN/initdb -D $BASE/data --auth=trust -U postgres >/dev/null"
fi
if ! su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $BASE/data status" >/dev/null 2>&1; then
  su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $BASE/data -o \"-p $PORT -k $BASE/sock -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off\" -l $BASE/postgres.log -w start" >/dev/null
fi
echo "postgres://postgres@127.0.0.1:$PORT/postgres"
