#!/usr/bin/env bash
# README command 1: install what is missing, build, and run the main job.
#
# The main job is tillpoint-server on its embedded SQLite database (under ./tillpoint-data)
# with the demo shop: tenant "demo", owner demo@example.com, the password printed at start.
# It serves on http://127.0.0.1:8080 until Ctrl-C (or SIGTERM), which lets in-flight requests
# finish. Extra arguments go to the server (see --help).
#
# Where a display exists (DISPLAY or WAYLAND_DISPLAY), the register starts too: on its first
# run it enrols itself with the enrolment code the demo server writes at each start, keeps its
# device token in the desktop's keychain, syncs the demo catalog and opens the till for a
# till in Berlin (log in as demo@example.com with PIN 2468). Its settings and replica are in
# ./tillpoint-data/register. The backoffice starts beside it, at its login for the demo shop
# (the password is in ./tillpoint-data/demo-password; its settings and replica are in
# ./tillpoint-data/backoffice).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TILLPOINT_BUILD_DIR:-$root/build}"
data="$root/tillpoint-data"

bash "$root/scripts/setup.sh"
cmake -S "$root" -B "$build" -G Ninja

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    cmake --build "$build" --target tillpoint-server tillpoint-demo-receipt
    exec "$build/server/tillpoint-server" --demo --data-dir "$data" "$@"
fi

cmake --build "$build" --target tillpoint-server tillpoint-demo-receipt tillpoint-pos tillpoint-backoffice
mkdir -p "$data/register" "$data/backoffice"
stamp="$(mktemp)"
"$build/server/tillpoint-server" --demo --data-dir "$data" "$@" &
server=$!
trap 'kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$stamp"' EXIT

# Wait for the server to write this start's enrolment code and to listen.
for _ in $(seq 1 600); do
    kill -0 "$server" 2>/dev/null || exit 1
    if [ "$data/demo-register-code" -nt "$stamp" ] && (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; then
        break
    fi
    sleep 0.1
done

"$build/apps/pos/tillpoint-pos" --server "http://127.0.0.1:8080" \
    --enrolment-code "$(cat "$data/demo-register-code")" \
    --settings "$data/register/tillpoint-pos.conf" &
"$build/apps/backoffice/app/tillpoint-backoffice" --server "http://127.0.0.1:8080" --shop demo \
    --email demo@example.com --settings "$data/backoffice/tillpoint-backoffice.conf" &
wait "$server"
