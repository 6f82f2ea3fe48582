#!/usr/bin/env bash
# Re-extracts the translatable strings of ui/, core/ and app/gui/ into the .ts files here, keeping every
# translation already made (a changed string keeps its old translation as an unfinished suggestion),
# then prints how many messages still need a translator. The build compiles only finished messages.
#
#   bash resources/translations/update.sh           update the .ts files
#   bash resources/translations/update.sh --check   change nothing; exit 1 if anything is unfinished
#                                                   or a source string is not in the .ts files yet
#
# pgcrossing_zh_CN.ts  every message, in Simplified Chinese
# pgcrossing_en.ts     only the plural forms ("%n database(s)" → "1 database" / "2 databases")
# qtbase_fallback_zh_CN.ts  Qt's own strings, hand-kept; used when the system has no qtbase_zh_CN.qm.
#                           lupdate does not touch it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

check=0
case "${1:-}" in
  --check) check=1 ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

find_lupdate() {
  local candidate
  for candidate in "${LUPDATE:-}" /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" \
                   "$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || true)/lupdate" "$(command -v lupdate || true)"; do
    [[ -n "$candidate" && -x "$candidate" ]] || continue
    # A Qt 5 lupdate on PATH would write an older format and miss Qt 6 macros.
    if "$candidate" -version 2>/dev/null | grep -q ' 6\.'; then
      echo "$candidate"
      return 0
    fi
  done
  echo "update.sh: no Qt 6 lupdate found (install qt6-l10n-tools, or set LUPDATE=/path/to/lupdate)" >&2
  return 1
}
lupdate="$(find_lupdate)"

out="$here"
if (( check )); then
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
  cp "$here"/pgcrossing_*.ts "$out"/
fi

cd "$root"
sources=(ui core app/gui)
common=(-silent -locations relative -no-obsolete -source-language en)
"$lupdate" "${common[@]}" -target-language zh_CN "${sources[@]}" -ts "$out/pgcrossing_zh_CN.ts"
"$lupdate" "${common[@]}" -target-language en -pluralonly "${sources[@]}" -ts "$out/pgcrossing_en.ts"

status=0
for ts in "$out"/pgcrossing_zh_CN.ts "$out"/pgcrossing_en.ts; do
  total=$(grep -c '<message' "$ts" || true)
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  printf '%-22s %4d messages, %4d unfinished\n' "$(basename "$ts")" "$total" "$unfinished"
  if (( unfinished > 0 )); then
    status=1
    # The source text of each unfinished message, so a translator knows where to start.
    awk '/<source>/ { src = $0 }
         /type="unfinished"/ {
           sub(/^ *<source>/, "", src); sub(/<\/source>.*/, "", src)
           gsub(/&apos;/, "\047", src); gsub(/&quot;/, "\"", src); gsub(/&lt;/, "<", src); gsub(/&gt;/, ">", src)
           gsub(/&amp;/, "\\&", src)
           print "    - " src
         }' "$ts" | head -n 20
  fi
done
if (( check )); then
  for ts in pgcrossing_zh_CN.ts pgcrossing_en.ts; do
    if ! cmp -s <(grep -v '<location' "$here/$ts") <(grep -v '<location' "$out/$ts"); then
      echo "$ts is out of date: run bash resources/translations/update.sh" >&2
      status=1
    fi
  done
  exit "$status"
fi
exit 0
