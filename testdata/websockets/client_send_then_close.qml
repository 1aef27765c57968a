import QtQml
import QtWebSockets

// The client sends two messages and sets active = false in the same turn:
// the server still receives both before the close.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.textMessageReceived.connect(function(m) { console.log("server got", m, root.st(webSocket.status)) })
            webSocket.binaryMessageReceived.connect(function(m) { console.log("server got binary", m.byteLength, root.st(webSocket.status)) })
            webSocket.statusChanged.connect(function(s) {
                console.log("server socket status", root.st(s))
                if (s === WebSocket.Closed)
                    Qt.quit()
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", root.st(s))
            if (s === WebSocket.Open) {
                console.log("sent", client.sendTextMessage("last words"), client.sendBinaryMessage("bin"))
                client.active = false
                console.log("after active = false", root.st(client.status))
            }
        }
    }
    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
