package runtime

import (
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/qmlrun/qmlrun/parser"
)

// RunFile loads the document at path into e and runs it: the exit code is
// Qt.exit's, or 1 after printing load errors (FILE:LINE:COL: message, with
// the document's file URL as Qt prints it).
func RunFile(e *Engine, path string) int {
	if err := e.Load(path); err != nil {
		var ds parser.Diagnostics
		if errors.As(err, &ds) {
			for _, d := range ds {
				e.print(d.Error())
			}
		} else {
			e.print(fmt.Sprintf("qmlrun: %v", err))
		}
		return 1
	}
	return e.Run()
}

var (
	hexAddr  = regexp.MustCompile(`0x[0-9a-fA-F]+`)
	loopPort = regexp.MustCompile(`(127\.0\.0\.1|localhost|\[::1\]):[0-9]+`)
	notReady = regexp.MustCompile(`(?m)^QQmlComponent: Component is not ready\n`)
)

// Normalize applies the golden-file normalisation to a script's output,
// the same one testdata/record.sh applies to Qt's: paths relative to dir
// (the script's directory), addresses as 0x0, loopback ports as PORT, no
// "QQmlComponent: Component is not ready" lines.
func Normalize(out, dir string) string {
	abs, err := filepath.Abs(dir)
	if err == nil {
		out = strings.ReplaceAll(out, fileURL(abs)+"/", "")
		out = strings.ReplaceAll(out, abs+"/", "")
	}
	out = hexAddr.ReplaceAllString(out, "0x0")
	out = loopPort.ReplaceAllString(out, "$1:PORT")
	// As testdata/record.sh: the reference harness prints this line
	// itself when a document fails to load, so it is dropped.
	return notReady.ReplaceAllString(out, "")
}
