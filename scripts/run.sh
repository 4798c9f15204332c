#!/usr/bin/env bash
# README command 1: install what is missing, build, and run the main job.
#
# The main job is tillpoint-server on its embedded SQLite database (under ./tillpoint-data)
# with the demo shop: tenant "demo", owner demo@example.com, the password printed at start.
# It serves on http://127.0.0.1:8080 until Ctrl-C (or SIGTERM), which lets in-flight requests
# finish. Extra arguments go to the server (see --help). The register and backoffice apps
# join this command when they exist, started where a display is available.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TILLPOINT_BUILD_DIR:-$root/build}"

bash "$root/scripts/setup.sh"
cmake -S "$root" -B "$build" -G Ninja
cmake --build "$build" --target tillpoint-server tillpoint-demo-receipt
exec "$build/server/tillpoint-server" --demo --data-dir "$root/tillpoint-data" "$@"
