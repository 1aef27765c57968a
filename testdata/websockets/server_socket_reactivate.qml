import QtQml
import QtWebSockets

// A server-side socket that was closed with active = false is set active
// again: it opens its request url (the server's own url) as a new client
// connection, so the server sees another clientConnected.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property var first: null
    property int connections: 0

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            var n = ++root.connections
            console.log("server clientConnected", n, "url", webSocket.url)
            if (n === 1) {
                root.first = webSocket
                webSocket.statusChanged.connect(function(s) {
                    console.log("first server socket status", root.st(s), "active", webSocket.active)
                })
                webSocket.active = false
                console.log("first server socket after active = false", root.st(webSocket.status))
                webSocket.active = true
                console.log("first server socket after active = true", root.st(webSocket.status))
            } else {
                webSocket.statusChanged.connect(function(s) {
                    console.log("second server socket status", root.st(s))
                    if (s === WebSocket.Closed)
                        Qt.quit()
                })
                later.start()
            }
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) { console.log("client status", root.st(s)) }
    }

    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer later: Timer {
        id: later
        interval: 200
        onTriggered: {
            console.log("final first server socket", root.st(root.first.status), root.first.active)
            console.log("final client", root.st(client.status))
            root.first.active = false
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
