#!/usr/bin/env bash
# Records Qt 6.4's parser verdict for every file in parser/testdata/syntax into
# syntax/qt-verdicts.tsv (needs qtparse from ../shared/tools/qtref/build.sh).
# The parser tests compare qmlrun's verdict and error line with it.
set -euo pipefail
cd "$(dirname "$0")/syntax"
qtparse *.qml 2>/dev/null > qt-verdicts.tsv || true
wc -l qt-verdicts.tsv
