// Command qmlrun runs QML documents headless, checks them and tests them.
//
//	qmlrun FILE.qml [-- ARGS...]       run a document
//	qmlrun check [--syntax] FILE...    report errors as FILE:LINE:COL: message
//	qmlrun test [-update] [DIR|FILE...] compare scripts' output with golden files
package main

import (
	"fmt"
	"io"
	"os"
)

// version is the qmlrun release; set with -ldflags at build time.
var version = "0.1.0-dev"

const usage = `qmlrun runs QML documents without Qt: servers and tools written in QML.

Usage:
  qmlrun FILE.qml [-- ARGS...]         run a document until Qt.quit()/Qt.exit()
  qmlrun check [--syntax] FILE...      print FILE:LINE:COL: message for each error
  qmlrun test [-update] [-run RE] [-v] [DIR|FILE...]
                                       run scripts, compare output with NAME.out (and NAME.rc)
  qmlrun --version                     print the version

Run options:
  -I DIR        add an import path (repeatable)
  -script-timeout DURATION
                interrupt a handler or binding whose JavaScript runs longer than
                this (default 1s; 0: never), report it like an exception, go on
  --nats-listen ADDR
                where the embedded NATS server of QmlRun.PubSub listens
                (host:port; default 127.0.0.1 on a free port), so that other
                qmlrun processes can join it with Broker { url: "nats://ADDR" }
                (and the credentials of the Broker that started it, if any)
  -- ARGS...    passed to the document in Qt.application.arguments

Operating a server (README "Operating a server"):
  --max-connections N         open connections per WebSocketServer; more get HTTP 503 (0: no limit)
  --allowed-origins LIST      comma-separated Origins allowed; others get HTTP 403 (default: all)
  --max-header-size BYTES     handshake request size; larger gets HTTP 431 (default 16384)
  --idle-timeout DURATION     ping connections silent this long; close (1001) if silent as long again
  --max-buffered-amount BYTES, --max-buffered-messages N
                              bound of each connection's write queue (default 8 MiB, 65536)
  --buffer-full-timeout D     close a connection whose queue stays full this long (1008; default 5s)
  --handshake-timeout D, --max-pending-connections N
                              bounds of connections still in their handshake (default 10s; 30)
  --log-format text|json      structured logs (log/slog) on stderr besides Qt's messages
  --metrics ADDR              serve Prometheus metrics on http://ADDR/metrics
  --watch                     reload the document when its file changes or on SIGHUP
  --drain-timeout D           on SIGTERM/SIGINT or reload, wait this long for connections to close (default 5s)

Examples:
  qmlrun testdata/examples/echo-server.qml -- 9000
  qmlrun check *.qml
  qmlrun test testdata/runtime
  qmlrun test -update mytests/
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	case "--version", "-version", "version":
		fmt.Fprintf(stdout, "qmlrun %s\n", version)
		return 0
	case "check":
		return cmdCheck(args[1:], stdout, stderr)
	case "test":
		return cmdTest(args[1:], stdout, stderr)
	}
	return cmdRun(args, stdin, stdout, stderr)
}
