#!/usr/bin/env bash
# Runs a command against a throw-away real Postgres: installs Debian's postgresql if missing, starts a
# server on a temporary directory and a free loopback port, exports HAPUR_TEST_DATABASE_URL (and
# DATABASE_URL), runs the command, then stops the server and deletes the directory.
#
#   packages/server/scripts/with-postgres.sh node scripts/node-test.mjs packages/server/src -- --test-concurrency=1
set -euo pipefail

if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' > /dev/null; then
  echo "with-postgres: installing Debian postgresql…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql > /dev/null
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
DIR=$(mktemp -d /tmp/hapur-pg.XXXXXX)
PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")

# initdb refuses to run as root: run the server as the postgres user when we are root.
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$DIR"

as_pg "'$BIN/initdb' -D '$DIR/data' -U hapur --auth=trust --encoding=UTF8 --locale=C.UTF-8" > /dev/null
as_pg "'$BIN/pg_ctl' -D '$DIR/data' -l '$DIR/log' -w -o \"-p $PORT -k '$DIR' -c listen_addresses=127.0.0.1\" start" > /dev/null
stop() {
  as_pg "'$BIN/pg_ctl' -D '$DIR/data' -m fast -w stop" > /dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT
as_pg "'$BIN/createdb' -h 127.0.0.1 -p $PORT -U hapur hapur_test"

export HAPUR_TEST_DATABASE_URL="postgres://hapur@127.0.0.1:$PORT/hapur_test"
export DATABASE_URL="$HAPUR_TEST_DATABASE_URL"
echo "with-postgres: Postgres $("$BIN/postgres" --version | awk '{print $3}') at $HAPUR_TEST_DATABASE_URL" >&2
"$@"
