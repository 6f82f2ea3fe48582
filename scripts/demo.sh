#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds, starts the demo (two local PostgreSQL
# instances with sample data, no SSH) and opens the wizard on it. The demo stops when the wizard closes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PGX_BUILD_DIR:-$here/build}"
bash "$here/scripts/install-deps.sh"
bash "$here/scripts/build.sh"
export PGX_SANDBOX_DIR="${PGX_SANDBOX_DIR:-$build/demo}" PGX_SANDBOX_NO_SSH=1
bash "$here/tests/sandbox/sandbox.sh" up
trap 'bash "$here/tests/sandbox/sandbox.sh" down >/dev/null 2>&1 || true' EXIT
"$build/app/pgcrossing" --demo "$PGX_SANDBOX_DIR/env"
