#!/usr/bin/env bash
# Records what real Qt 6.4's qmltestrunner prints for every tst_*.qml in this
# directory (or for the tst_*.qml files given as arguments).
#
#   bash testdata/qttest/record.sh                      # all of them
#   bash testdata/qttest/record.sh testdata/qttest/tst_skip.qml
#
# For tst_NAME.qml it writes tst_NAME.out (stdout and stderr of
#   qmltestrunner -input tst_NAME.qml
# run from this directory, combined, normalised) and tst_NAME.rc (the exit code)
# when the exit code is not 0. Normalisation (see README.md):
#   - "file://DIR/" and "DIR/" (DIR = this directory, absolute) are removed, so
#     paths read relative to the test file; DIR itself (not followed by "/",
#     e.g. the "Working directory:" line of a load error) becomes ".";
#   - hexadecimal addresses 0x... become 0x0;
#   - the elapsed time at the end of the "Totals:" line becomes 0ms.
# The "Config: Using QtTest library 6.4.2, Qt 6.4.2 (...)" line is kept verbatim.
set -euo pipefail
QMLTESTRUNNER=${QMLTESTRUNNER:-/usr/lib/qt6/bin/qmltestrunner}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/xdg}
export QT_QPA_PLATFORM=offscreen
export QML_DISABLE_DISK_CACHE=1 # compile anew: the compiler's warnings every time (testdata/record.sh)
export LC_ALL=C.UTF-8 TZ=UTC
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
here=$(cd "$(dirname "$0")" && pwd)
files=()
if [ $# -eq 0 ]; then
  while IFS= read -r f; do files+=("$f"); done < <(find "$here" -maxdepth 1 -name 'tst_*.qml' | sort)
else
  files=("$@")
fi
for f in "${files[@]}"; do
  dir=$(cd "$(dirname "$f")" && pwd)
  name=$(basename "$f" .qml)
  set +e
  out=$(cd "$dir" && timeout 60 "$QMLTESTRUNNER" -input "$name.qml" 2>&1)
  rc=$?
  set -e
  if [ -z "$out" ]; then :; else printf '%s\n' "$out"; fi | sed \
      -e "s#file://$dir/##g" -e "s#$dir/##g" -e "s#$dir\\b#.#g" \
      -e 's/0x[0-9a-fA-F]\+/0x0/g' \
      -e 's/^\(Totals: .*, \)[0-9]\+ms$/\10ms/' > "$dir/$name.out.tmp"
  mv "$dir/$name.out.tmp" "$dir/$name.out"
  if [ "$rc" -ne 0 ]; then echo "$rc" > "$dir/$name.rc"; else rm -f "$dir/$name.rc"; fi
  echo "$name: rc=$rc"
done
