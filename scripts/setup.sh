#!/usr/bin/env bash
# Installs every Debian package the build and the test suite need.
#
# Idempotent and fast when the machine is warm: `dpkg-query` decides whether anything is
# missing, and only then do we pay for `apt-get update` + install. Safe to run from both
# README commands and from CI, which has no standard input.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lists=("$here/packages/build.txt" "$here/packages/test.txt")
# --bench adds what bench/ needs (wrk, nginx); the test suite never needs them.
if [[ "${1:-}" == "--bench" ]]; then
    lists+=("$here/packages/bench.txt")
fi

wanted=()
for list in "${lists[@]}"; do
    while read -r pkg _; do
        [[ -z "$pkg" || "$pkg" == \#* ]] && continue
        wanted+=("$pkg")
    done <"$list"
done

missing=()
for pkg in "${wanted[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
    echo "setup: all ${#wanted[@]} packages present"
    exit 0
fi

if [[ $EUID -ne 0 ]]; then
    echo "setup: missing packages: ${missing[*]}" >&2
    echo "setup: run this script as root (or install them with apt-get) and try again" >&2
    exit 1
fi

echo "setup: installing ${#missing[@]} missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup: done"
