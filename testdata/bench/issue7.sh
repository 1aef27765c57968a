#!/usr/bin/env bash
# Re-measures issue 7's table in one run: the four echo rows and the idle row,
# servers in interleaved rounds (medians), the server pinned to core 0 and the
# load generator to core 1. Run from the repository root:
#
#   bash testdata/bench/issue7.sh
#
# Servers: gobwas/ws batched (the reference), the echo loop of gobwas/ws's README
# (-plain), qmlrun with testdata/examples/echo-server.qml, and node's `ws` when
# testdata/interop/node_modules is installed (npm ci there).
set -euo pipefail
cd "$(dirname "$0")/../.."
go build -o /tmp/wsbench ./cmd/wsbench
go build -o /tmp/qmlrun ./cmd/qmlrun
S=(-server 'gobwas=taskset -c 0 /tmp/wsbench serve'
   -server 'plain=taskset -c 0 /tmp/wsbench serve -plain'
   -server 'qmlrun=taskset -c 0 /tmp/qmlrun testdata/examples/echo-server.qml -- 0')
if [ -d testdata/interop/node_modules ]; then
  S+=(-server 'node=taskset -c 0 node testdata/interop/node-server.js')
fi
run() { taskset -c 1 /tmp/wsbench compare "$@" "${S[@]}" 2>&1 | tail -5; }
echo "== $(date -u) load: $(cut -d' ' -f1-3 /proc/loadavg)"
run -rounds 5 -duration 3s
run -rounds 5 -duration 3s -inflight 4
run -rounds 5 -duration 3s -conns 10 -size 16384 -binary
run -rounds 5 -duration 3s -inflight 4 -pipeline
run -rounds 3 -mode idle -conns 10000
echo "== end $(date -u) load: $(cut -d' ' -f1-3 /proc/loadavg)"
