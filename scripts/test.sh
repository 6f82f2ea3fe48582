#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every test (unit, integration
# against a real two-host sandbox, ui, and the benchmarks at small scale) through CTest.
# Pass --full-bench to run the benchmarks at full scale (400+ MB); extra arguments go to ctest.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PGX_BUILD_DIR:-$here/build}"
scale=small
ctest_args=()
for a in "$@"; do
  case "$a" in
    --full-bench) scale=full ;;
    *) ctest_args+=("$a") ;;
  esac
done

bash "$here/scripts/install-deps.sh"
bash "$here/scripts/build.sh" -DPGX_BENCH_SCALE="$scale"

# Whatever happens, leave no server running.
trap 'PGX_SANDBOX_DIR="$build/sandbox" bash "$here/tests/sandbox/sandbox.sh" down >/dev/null 2>&1 || true' EXIT
cd "$build"
ctest --output-on-failure --timeout 1800 "${ctest_args[@]}"
