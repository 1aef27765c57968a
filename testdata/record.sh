#!/usr/bin/env bash
# Records golden outputs from real Qt 6.4 for the .qml test scripts given (files
# or directories). Needs qtref from ../shared/tools/qtref/build.sh; CI never runs
# this, it only compares qmlrun against the files written here.
#
#   testdata/record.sh testdata/runtime            # every .qml in the directory
#   testdata/record.sh testdata/runtime/timer_repeat.qml
#
# For NAME.qml it writes NAME.out (stdout and stderr of the run, normalised) and
# NAME.rc (the exit code) when the exit code is not 0. The normalisation is the
# one `qmlrun test` applies to qmlrun's own output (runtime/golden.go):
#   - "file://DIR/" and "DIR/" (DIR = the script's directory) are removed, so
#     paths read relative to the script;
#   - hexadecimal addresses 0x... become 0x0;
#   - ports after 127.0.0.1:, localhost: and [::1]: become PORT;
#   - qtref's own line "QQmlComponent: Component is not ready" (printed by the
#     harness when a document fails to load) is dropped.
# Only scripts whose name starts with a lower-case letter are tests; Upper.qml files
# beside them are components they use.
# Files whose first line contains "qtref-deadline: N" run with an N ms deadline.
set -euo pipefail
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/xdg}
# Without its disk cache Qt compiles every file anew, as on a file's first
# run, and prints its compiler's warnings (qt.qml.compiler) every time.
export QML_DISABLE_DISK_CACHE=1
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
files=()
for a in "$@"; do
  if [ -d "$a" ]; then
    while IFS= read -r f; do files+=("$f"); done < <(find "$a" -maxdepth 1 -name '[a-z]*.qml' | sort)
  else
    files+=("$a")
  fi
done
for f in "${files[@]}"; do
  dir=$(cd "$(dirname "$f")" && pwd)
  base=${f%.qml}
  deadline=$(head -1 "$f" | sed -n 's/.*qtref-deadline: *\([0-9]*\).*/\1/p')
  set +e
  out=$(cd "$dir" && qtref "$dir/$(basename "$f")" ${deadline:-5000} 2>&1)
  rc=$?
  set -e
  if [ -z "$out" ]; then : > "$base.out"; else printf '%s\n' "$out"; fi | sed -e "s#file://$dir/##g" -e "s#$dir/##g" \
      -e 's/0x[0-9a-fA-F]\+/0x0/g' \
      -e 's/\(127\.0\.0\.1\|localhost\|\[::1\]\):[0-9]\+/\1:PORT/g' \
      -e '/^QQmlComponent: Component is not ready$/d' > "$base.out.tmp"
  mv "$base.out.tmp" "$base.out"
  if [ "$rc" -ne 0 ]; then echo "$rc" > "$base.rc"; else rm -f "$base.rc"; fi
  echo "$f: rc=$rc"
done
