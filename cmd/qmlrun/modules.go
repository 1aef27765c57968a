package main

import "github.com/qmlrun/qmlrun/runtime"

// modules lists the QML modules qmlrun registers besides QtQml.
func modules() []*runtime.Module { return nil }
