package main

import (
	"os"
	"testing"
)

// TestMain runs the tests in the locale the goldens were recorded in
// (testdata/record.sh runs Qt with LANG=C.UTF-8): Qt.locale() is the
// system's locale, in Qt and in qmlrun.
func TestMain(m *testing.M) {
	os.Setenv("LC_ALL", "C.UTF-8")
	os.Exit(m.Run())
}
