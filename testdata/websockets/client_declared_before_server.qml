import QtQml
import QtWebSockets

// `url: server.url` and `active: true` on a client declared before the
// server it binds to: what the client sees while the server's url changes
// from port 0 to the real port during creation.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property WebSocket client: WebSocket {
        id: client
        url: server.url
        active: true
        onUrlChanged: console.log("client urlChanged", String(client.url).replace(/:\d+$/, ":N").replace(":N", client.url === server.url ? ":SERVER" : ":N"))
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Open || s === WebSocket.Error)
                done.start()
        }
    }
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) { console.log("server clientConnected") }
    }
    property Timer done: Timer {
        id: done
        interval: 100
        onTriggered: {
            console.log("final", root.st(client.status), client.url === server.url)
            client.active = false
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
