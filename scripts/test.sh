#!/usr/bin/env bash
# README command 2: install what is missing, build everything, run the whole test suite.
# Exits non-zero when any step or any test fails. CI (.ci/run) calls exactly this.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TILLPOINT_BUILD_DIR:-$root/build}"

bash "$root/scripts/setup.sh"
cmake -S "$root" -B "$build" -G Ninja -DTILLPOINT_WERROR=ON
cmake --build "$build"
# --no-tests=error: a suite that registered nothing is a failure, not a pass.
ctest --test-dir "$build" --output-on-failure --no-tests=error -j "$(nproc)"
