import QtQml
import QtWebSockets

// Properties of the server-side WebSocket handed to onClientConnected.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            console.log("server clientConnected", webSocket)
            console.log("  status", st(webSocket.status))
            console.log("  active", webSocket.active)
            console.log("  url", webSocket.url)
            console.log("  url equals server.url", String(webSocket.url) === String(server.url))
            console.log("  errorString", JSON.stringify(webSocket.errorString))
            console.log("  requestedSubprotocols", JSON.stringify(webSocket.requestedSubprotocols))
            console.log("  negotiatedSubprotocol", JSON.stringify(webSocket.negotiatedSubprotocol))
            console.log("  is WebSocket", webSocket instanceof WebSocket)
            console.log("  client.url", client.url)
            console.log("  Open constant", webSocket.status === WebSocket.Open)
            later.start()
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) { console.log("client status", st(s)) }
    }

    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer later: Timer {
        id: later
        interval: 100
        onTriggered: Qt.quit()
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
