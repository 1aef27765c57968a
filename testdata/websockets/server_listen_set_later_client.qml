import QtQml
import QtWebSockets

// After `listen = true` is assigned later (automatic port) the server ends up
// not listening; a client that connects to its url is refused.
QtObject {
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        onListenChanged: console.log("server listenChanged", server.listen)
        onClientConnected: function(webSocket) { console.log("server clientConnected") }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Error || s === WebSocket.Open)
                done.start()
        }
    }

    Component.onCompleted: {
        server.listen = true
        client.url = server.url
        client.active = true
    }

    property Timer done: Timer {
        id: done
        interval: 100
        onTriggered: { console.log("final", server.listen, st(client.status)); Qt.quit() }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
