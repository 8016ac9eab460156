#!/usr/bin/env bash
# Runs the portal's API tests against a local PostgreSQL server instead of PGlite: installs
# Debian's postgresql when absent, starts a private cluster on 127.0.0.1 (a temporary folder,
# trust authentication on loopback only), runs the tests (each test file creates and drops its own
# database), then stops the cluster and removes it.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then echo "postgresql is not installed; run as root or: apt-get install postgresql" >&2; exit 2; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
PORT=${PGPORT_TEST:-55432}
DIR=$(mktemp -d /tmp/cdht-pg-XXXXXX)
RUN_AS=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root.
  chown postgres: "$DIR"
  RUN_AS=(runuser -u postgres --)
fi
stop() {
  "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT

"${RUN_AS[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR -c fsync=off" start >/dev/null
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT"

TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres" \
  npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest-pg-results.json "$@"
