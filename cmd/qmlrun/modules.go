package main

import (
	"github.com/qmlrun/qmlrun/pubsub"
	"github.com/qmlrun/qmlrun/qmltest"
	"github.com/qmlrun/qmlrun/quick"
	"github.com/qmlrun/qmlrun/runtime"
	"github.com/qmlrun/qmlrun/wsbinding"
)

// moduleOptions are the command-line settings of the modules.
type moduleOptions struct {
	natsListen string // --nats-listen: address of the embedded NATS server
	ws         wsbinding.Options
}

// modules lists the QML modules qmlrun registers besides QtQml. They are
// Lazy: a document pays at start only for the modules it imports.
func modules(mo moduleOptions) []*runtime.Module {
	mods := []*runtime.Module{quick.Module(), wsbinding.ModuleWith(mo.ws), wsbinding.ExtensionsWith(mo.ws), qmltest.Module(), pubsub.ModuleWith(pubsub.Options{Listen: mo.natsListen})}
	for _, m := range mods {
		m.Lazy = true
	}
	return mods
}
