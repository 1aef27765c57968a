#!/usr/bin/env bash
# Re-records every golden in testdata/components with real Qt 6.4 (needs qtref).
# Single-file tests are the lower-case *.qml files here; every sub-directory NAME/
# holding a main.qml is one multi-file test. When NAME/IMPORT_PATH exists, its one
# line is a path relative to NAME/ that is passed to Qt as QML_IMPORT_PATH (the
# equivalent of `qml -I NAME/<that path>`).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
record=$here/../record.sh
bash "$record" "$here"
for d in "$here"/*/; do
  d=${d%/}
  [ -f "$d/main.qml" ] || continue
  if [ -f "$d/IMPORT_PATH" ]; then
    QML_IMPORT_PATH="$d/$(head -1 "$d/IMPORT_PATH")" bash "$record" "$d"
  else
    env -u QML_IMPORT_PATH bash "$record" "$d"
  fi
done
