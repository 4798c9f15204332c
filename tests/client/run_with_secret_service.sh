#!/bin/sh
# Runs a test binary against a real Secret Service: a private D-Bus session bus with
# gnome-keyring-daemon unlocked inside it (the "login" keyring, password "pw"). HOME points at
# a throwaway directory so the keyring files never touch the real user's.
# With --locked, the bus is there but no keyring is unlocked: D-Bus activates gnome-keyring on
# demand and it has no login collection to store into.
# Usage: run_with_secret_service.sh [--locked] <test binary> [test arguments...]
set -eu

unlock='printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null'
if [ "${1:-}" = "--locked" ]; then
    unlock=':'
    shift
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT INT TERM
export HOME="$scratch"
export XDG_DATA_HOME="$scratch/.local/share"
export XDG_CONFIG_HOME="$scratch/.config"
export XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# The daemon's "Failed to set fd limit" warning is harmless. It leaves with the session bus.
dbus-run-session -- sh -c \
    "$unlock"'; exec "$@"' \
    run-test "$@"
