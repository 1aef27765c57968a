import QtQml
import QtWebSockets

// The server-side socket tries to send after the client has closed the
// connection: return value, status and errorString on the server side.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.errorStringChanged.connect(function(e) { console.log("server socket errorStringChanged", JSON.stringify(e)) })
            webSocket.statusChanged.connect(function(s) {
                console.log("server socket status", root.st(s), JSON.stringify(webSocket.errorString))
                if (s === WebSocket.Closed) {
                    console.log("server socket sendTextMessage returned", webSocket.sendTextMessage("too late"))
                    console.log("server socket sendBinaryMessage returned", webSocket.sendBinaryMessage(new ArrayBuffer(2)))
                    console.log("server socket now", root.st(webSocket.status), webSocket.active, JSON.stringify(webSocket.errorString))
                    later.start()
                }
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            if (s === WebSocket.Open)
                client.active = false
        }
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
