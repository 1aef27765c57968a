package main

import (
	"fmt"
	"io"
)

// cmdRun runs a document. The runtime lands in the next step; until then the
// command checks the document and says plainly that it cannot run it.
func cmdRun(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	rc := cmdCheck(args[:1], stderr, stderr)
	if rc != 0 {
		return 1
	}
	fmt.Fprintf(stderr, "qmlrun: %s: the runtime is not built yet; only `qmlrun check` works in this version\n", args[0])
	return 1
}
