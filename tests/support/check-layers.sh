#!/usr/bin/env bash
# The layers point down only (../shared/DESIGN.md, the README's Architecture): core/model includes only Qt,
# the standard library and model/ itself; core never includes QtWidgets, ui/ or app/; ui never includes app/.
# Prints every include that breaks a rule and exits 1 if there is one.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
bad=0
report() { echo "layers: $1"; bad=1; }
# model/: quoted includes must name a model/ header (as "X.h" beside it or "model/X.h").
while IFS= read -r line; do
  report "core/model includes something outside model/: $line"
done < <(grep -Hn '^#include "' core/model/*.h core/model/*.cpp | grep -Ev '#include "(model/)?[A-Za-z0-9_]+\.h"' || true)
while IFS= read -r line; do
  file=${line%%:*}; header=$(sed -E 's/.*#include "([^"]+)".*/\1/' <<<"$line")
  [[ $header == model/* || -f core/model/$header ]] || report "core/model includes $header, not a model/ header: $line"
done < <(grep -Hn '^#include "' core/model/*.h core/model/*.cpp || true)
# model/: angle includes are Qt's own (<QString>, QtCore only: nothing of QtNetwork, QtSql or libssh) or the
# standard library's (<optional>, <memory>).
while IFS= read -r line; do
  header=$(sed -E 's/.*#include <([^>]+)>.*/\1/' <<<"$line")
  [[ $header =~ ^Q[A-Za-z]+$ || $header =~ ^QtCore/ || $header =~ ^[a-z_]+$ ]] || report "core/model includes <$header>: $line"
  [[ $header =~ ^(QSql|QNetwork|QTcp|QSsl|QHostAddress|QUdp) ]] && report "core/model includes <$header> (not QtCore): $line"
done < <(grep -Hn '^#include <' core/model/*.h core/model/*.cpp || true)
while IFS= read -r line; do report "core includes widgets or a higher layer: $line"; done \
  < <(grep -rHn -E '^#include [<"](QtWidgets|QWidget|QWizard|QApplication|ui/|app/|[A-Za-z]+Page\.h)' core || true)
while IFS= read -r line; do report "ui includes app/: $line"; done < <(grep -rHn -E '^#include "app/' ui || true)
if (( bad )); then exit 1; fi
echo "layers: core/model includes only model/ and Qt; core never includes widgets, ui/ or app/"
