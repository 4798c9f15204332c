#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the test suite (the CTest fixture "postgres").
#
#   start.sh <state-dir> <url-file>
#
# Makes a cluster under <state-dir> (initdb as the postgres user when run as root, since
# PostgreSQL refuses to run as root), starts it on a free loopback port with its socket in a
# private directory under /tmp, creates a NON-superuser login role owning a database — the
# server must not be a superuser, or row-level security would not apply to it — and writes
# that role's URL to <url-file>. The role may create databases (tests make one each) and roles
# (migration 0002 creates tillpoint_app). Durability is off: the cluster is thrown away.
# Installs nothing: scripts/setup.sh installs the postgresql package.
set -euo pipefail

state="${1:?usage: start.sh <state-dir> <url-file>}"
url_file="${2:?usage: start.sh <state-dir> <url-file>}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

bindir=""
for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
        bindir="$candidate"
        break
    fi
done
if [[ -z "$bindir" ]]; then
    echo "start.sh: no PostgreSQL server found under /usr/lib/postgresql: run scripts/setup.sh (package postgresql)" >&2
    exit 1
fi
psql="$bindir/psql"
[[ -x "$psql" ]] || psql="$(command -v psql)"

# A cluster left by an interrupted run goes first.
bash "$here/stop.sh" "$state" "$url_file" >/dev/null 2>&1 || true

mkdir -p "$state"
state="$(cd "$state" && pwd)"
socket_dir="$(mktemp -d /tmp/tp-pg.XXXXXX)"
echo "$socket_dir" >"$state/socket_dir"

if [[ $EUID -eq 0 ]]; then
    as_postgres() { (cd / && runuser -u postgres -- "$@"); }
    chown postgres: "$socket_dir"
    # The data directory lives in the build tree when the postgres user can reach it there.
    data="$state/data"
    mkdir -p "$data"
    chown postgres: "$data"
    if ! as_postgres test -w "$data"; then
        rmdir "$data"
        data="$socket_dir/data"
    fi
else
    as_postgres() { "$@"; }
    data="$state/data"
fi
echo "$data" >"$state/data_dir"
chmod 700 "$socket_dir"

as_postgres "$bindir/initdb" -D "$data" -U postgres -E UTF8 --locale=C \
    --auth-local=trust --auth-host=scram-sha-256 >"$state/initdb.log" 2>&1 || {
    cat "$state/initdb.log" >&2
    exit 1
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

port=""
for _ in $(seq 1 20); do
    candidate=$((20000 + RANDOM % 30000))
    port_in_use "$candidate" && continue
    if as_postgres "$bindir/pg_ctl" -D "$data" -l "$data/postgres.log" -w -t 60 \
        -o "-p $candidate -k $socket_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
            -c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB" start >/dev/null; then
        port="$candidate"
        break
    fi
done
if [[ -z "$port" ]]; then
    echo "start.sh: PostgreSQL did not start; its log:" >&2
    cat "$data/postgres.log" >&2 || true
    exit 1
fi
echo "$port" >"$state/port"

password="$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"
as_postgres "$psql" -h "$socket_dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qX \
    -c "CREATE ROLE tp_test LOGIN NOSUPERUSER NOBYPASSRLS CREATEDB CREATEROLE PASSWORD '$password'" \
    -c "CREATE DATABASE tillpoint_test OWNER tp_test" >/dev/null

mkdir -p "$(dirname "$url_file")"
echo "postgresql://tp_test:$password@127.0.0.1:$port/tillpoint_test" >"$url_file.tmp"
mv "$url_file.tmp" "$url_file"
echo "start.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, URL in $url_file"
