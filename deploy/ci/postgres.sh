#!/usr/bin/env bash
# A throwaway PostgreSQL server from Debian's packages, for the storage tests (needs root).
#   postgres.sh start DIR   installs PostgreSQL if missing, starts it on a free loopback port with
#                           its data in DIR, and prints the URL for DEMARCHE_TEST_POSTGRES_URL
#   postgres.sh stop DIR    stops it
set -euo pipefail
action=$1 dir=$2
if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if [ "$action" = stop ]; then
  runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  exit 0
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
chmod 755 "$dir"
chown postgres:postgres "$dir"
runuser -u postgres -- "$bin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
runuser -u postgres -- "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres demarche_test
echo "postgresql://postgres@127.0.0.1:$port/demarche_test"
