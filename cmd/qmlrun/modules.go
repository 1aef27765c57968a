package main

import (
	"github.com/qmlrun/qmlrun/qmltest"
	"github.com/qmlrun/qmlrun/quick"
	"github.com/qmlrun/qmlrun/runtime"
	"github.com/qmlrun/qmlrun/wsbinding"
)

// modules lists the QML modules qmlrun registers besides QtQml.
func modules() []*runtime.Module {
	return []*runtime.Module{quick.Module(), wsbinding.Module(), wsbinding.Extensions(), qmltest.Module()}
}
