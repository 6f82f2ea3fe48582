#!/usr/bin/env bash
# Configures and builds pgcrossing into ${PGX_BUILD_DIR:-build}. Extra arguments go to cmake configure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PGX_BUILD_DIR:-$here/build}"
cmake -S "$here" -B "$build" -G Ninja -DBUILD_TESTING=ON "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
