// Command embed is a Go program that embeds a QML WebSocket server: Go sets
// a property the QML reads, listens to a QML signal, and talks to the
// server over a real WebSocket.
//
//	go run ./testdata/examples/embed
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/dop251/goja"
	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsutil"
	"github.com/qmlrun/qmlrun/runtime"
	"github.com/qmlrun/qmlrun/wsbinding"
)

const server = `
import QtQml
import QtWebSockets

WebSocketServer {
    id: server
    property string greeting: "hello"
    signal received(string text)
    listen: true
    onClientConnected: function (ws) {
        ws.onTextMessageReceived.connect(function (message) {
            server.received(message)
            ws.sendTextMessage(greeting + ", " + message)
        })
    }
}`

func main() {
	e := runtime.New(runtime.Options{})
	if err := e.Register(wsbinding.Module()); err != nil {
		log.Fatal(err)
	}
	if err := e.LoadString("server.qml", server); err != nil {
		log.Fatal(err)
	}
	done := make(chan int)
	go func() { done <- e.Run() }()

	// Every call below is marshalled onto the engine's event loop.
	var url string
	received := make(chan string, 1)
	err := e.Do(func() error {
		root := e.Root()
		url = root.Property("url").String()
		if _, ok := root.Connect("received", func(args []goja.Value) { received <- args[0].String() }); !ok {
			return fmt.Errorf("no received signal")
		}
		return root.SetProperty("greeting", "bonjour")
	})
	if err != nil {
		log.Fatal(err)
	}

	conn, _, _, err := ws.Dial(context.Background(), url)
	if err != nil {
		log.Fatal(err)
	}
	if err := wsutil.WriteClientText(conn, []byte("Go")); err != nil {
		log.Fatal(err)
	}
	reply, err := wsutil.ReadServerText(conn)
	if err != nil {
		log.Fatal(err)
	}
	conn.Close()
	fmt.Println("QML signal received:", <-received)
	fmt.Println("reply:", string(reply))

	e.Quit(0)
	os.Exit(<-done)
}
