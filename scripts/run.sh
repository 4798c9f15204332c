#!/usr/bin/env bash
# README command 1: install what is missing, build, and run the main job.
#
# Today the main job is the domain demo: it rings a demo basket by barcode through the
# domain core (catalog lookup, weighed items, discounts, coupon, VAT, cash rounding) and
# prints the receipt in the machine's language. When tillpoint-server and the desktop apps
# land, this script starts the server with its demo shop instead, and the apps when a
# display exists.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TILLPOINT_BUILD_DIR:-$root/build}"

bash "$root/scripts/setup.sh"
cmake -S "$root" -B "$build" -G Ninja
cmake --build "$build" --target tillpoint-demo-receipt
exec "$build/tools/demo-receipt/tillpoint-demo-receipt" "$@"
