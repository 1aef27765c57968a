import QtQml
import QtWebSockets

// A client connects with "localhost" in its url to a server listening on
// 127.0.0.1: it opens, and the server-side socket's url has the host the
// client asked for.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            console.log("server clientConnected", webSocket.url)
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Open) {
                client.active = false
                Qt.quit()
            }
        }
    }
    Component.onCompleted: {
        client.url = "ws://localhost:" + server.port + "/room"
        console.log("client url", client.url)
        client.active = true
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
