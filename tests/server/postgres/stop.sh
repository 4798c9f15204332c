#!/usr/bin/env bash
# Stops the test PostgreSQL that start.sh started and removes every trace of it.
#
#   stop.sh <state-dir> <url-file>
set -euo pipefail

state="${1:?usage: stop.sh <state-dir> <url-file>}"
url_file="${2:?usage: stop.sh <state-dir> <url-file>}"

rm -f "$url_file"
[[ -d "$state" ]] || exit 0

data="$(cat "$state/data_dir" 2>/dev/null || true)"
socket_dir="$(cat "$state/socket_dir" 2>/dev/null || true)"

if [[ -n "$data" && -f "$data/PG_VERSION" ]]; then
    bindir="/usr/lib/postgresql/$(cat "$data/PG_VERSION")/bin"
    if [[ $EUID -eq 0 ]]; then
        (cd / && runuser -u postgres -- "$bindir/pg_ctl" -D "$data" -m fast -w -t 60 stop) >/dev/null 2>&1 || true
    else
        "$bindir/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
    fi
fi

# Only what start.sh made: its state directory and its own private socket directory.
[[ "$socket_dir" == /tmp/tp-pg.* ]] && rm -rf "$socket_dir"
rm -rf "$state"
echo "stop.sh: test PostgreSQL stopped and removed"
