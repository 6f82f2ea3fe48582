#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds, starts the demo (two local PostgreSQL
# instances with sample data, no SSH) and opens the wizard on it. The demo stops when the wizard closes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PGX_BUILD_DIR:-$here/build}"
bash "$here/scripts/install-deps.sh"
bash "$here/scripts/build.sh"
# The demo's own ports (as the wizard's "Try the demo"), the next free ones when taken: never the test sandbox's.
export PGX_SANDBOX_DIR="${PGX_SANDBOX_DIR:-$build/demo}" PGX_SANDBOX_NO_SSH=1 PGX_SANDBOX_FREE_PORTS=1 \
    PGX_SRC_PGPORT="${PGX_SRC_PGPORT:-55442}" PGX_DST_PGPORT="${PGX_DST_PGPORT:-55443}"
bash "$here/tests/sandbox/sandbox.sh" up
trap 'bash "$here/tests/sandbox/sandbox.sh" down >/dev/null 2>&1 || true' EXIT
"$build/app/pgcrossing" --demo "$PGX_SANDBOX_DIR/env"
