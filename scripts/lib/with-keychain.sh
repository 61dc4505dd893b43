#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring Secret Service, so
# keychain code can be tested on machines with no desktop (CI, containers). The keyring lives in a
# throwaway directory and never touches the user's own keyrings. Exits with the command's exit code.
#
#   scripts/lib/with-keychain.sh ctest --test-dir build -L keychain
set -euo pipefail

if (($# == 0)); then
  echo "usage: $0 COMMAND [ARGUMENTS...]" >&2
  exit 64
fi

if [[ -z ${BUTTCLOUD_KEYCHAIN_SESSION:-} ]]; then
  for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "with-keychain: $tool is missing (scripts/lib/install-deps.sh)" >&2; exit 69; }
  done
  scratch=$(mktemp -d "${TMPDIR:-/tmp}/buttcloud-keychain.XXXXXX")
  trap 'rm -rf "$scratch"' EXIT
  mkdir -m 0700 "$scratch/runtime" "$scratch/data" "$scratch/config"
  status=0
  BUTTCLOUD_KEYCHAIN_SESSION=1 XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" \
    XDG_CONFIG_HOME="$scratch/config" dbus-run-session -- "$0" "$@" || status=$?
  exit "$status"
fi

# Inside the private bus. The keyring password only guards this throwaway keyring.
unset BUTTCLOUD_KEYCHAIN_SESSION
password=$(head -c 24 /dev/urandom | base64)
# In the foreground (backgrounded here) so we know its PID and can stop it: a daemonised one outlives
# the bus.
gnome-keyring-daemon --foreground --unlock --components=secrets <<<"$password" >/dev/null &
daemon=$!
trap 'kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true' EXIT

for _ in $(seq 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  kill -0 "$daemon" 2>/dev/null || { echo "with-keychain: gnome-keyring-daemon failed to start" >&2; exit 69; }
  sleep 0.1
done

status=0
"$@" || status=$?
exit "$status"
