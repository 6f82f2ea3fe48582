#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (a real Secret Service),
# so keychain tests talk to a real keychain on a machine without a desktop. The keyring lives in a
# temporary HOME, never the user's, and both daemons end with the command — nothing is left holding
# CTest's output pipe, and no other keyring on the machine is touched.
#
# Usage: with-keyring.sh COMMAND [ARG...]   (PGX_KEYRING_TIMEOUT: seconds the command may run, default 60)
set -euo pipefail
for tool in dbus-run-session dbus-send gnome-keyring-daemon timeout; do
  command -v "$tool" >/dev/null || { echo "with-keyring.sh: '$tool' not found (scripts/install-deps.sh installs it)" >&2; exit 1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/runtime" "$tmp/home"
# Every place the daemon or libsecret could read or write goes into the temporary tree; an inherited
# GNOME_KEYRING_CONTROL would point --unlock at the user's own running keyring.
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/home/.local/share" \
       XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache"
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

# --unlock reads the password on stdin and creates the 'login' keyring (the default collection) with it,
# so nothing ever asks for one. The daemon is stopped by the pid that owns org.freedesktop.secrets on
# this private bus — never by a name pattern, which would match this very script's command line.
dbus-run-session -- sh -c '
  set -a # export whatever the daemon prints (GNOME_KEYRING_CONTROL=...) to the command
  eval "$(printf %s pgx-test-keyring | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
  set +a
  pid= i=0
  while [ $i -lt 100 ]; do
    pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null \
          | awk "{ print \$2 }") || pid=
    [ -n "$pid" ] && break
    sleep 0.1; i=$((i + 1))
  done
  if [ -z "$pid" ]; then
    echo "with-keyring.sh: gnome-keyring-daemon did not register org.freedesktop.secrets" >&2
    exit 1
  fi
  timeout -k 5 "${PGX_KEYRING_TIMEOUT:-60}" "$@" </dev/null; rc=$?
  kill "$pid" 2>/dev/null || true
  exit $rc' sh "$@"
