import QtQml
import QtWebSockets 1.0

// `import QtWebSockets 1.0` is accepted: both types, the Status enum and a
// text round trip work; sendBinaryMessage is callable from JavaScript and
// binaryMessageReceived can be connected from JavaScript (only the
// onBinaryMessageReceived handler syntax is refused in 1.0).
QtObject {
    id: root
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.textMessageReceived.connect(function(m) { webSocket.sendTextMessage("echo " + m) })
            webSocket.binaryMessageReceived.connect(function(m) { webSocket.sendBinaryMessage(m) })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            if (s === WebSocket.Open)
                console.log("sendTextMessage returned", client.sendTextMessage("one-oh"))
        }
        onTextMessageReceived: function(m) {
            console.log("client received", m)
            console.log("sendBinaryMessage returned", client.sendBinaryMessage(new Uint8Array([1, 0]).buffer))
        }
    }

    Component.onCompleted: {
        console.log("Open", WebSocket.Open, "Error", WebSocket.Error)
        console.log("typeof sendBinaryMessage", typeof client.sendBinaryMessage)
        client.binaryMessageReceived.connect(function(m) {
            console.log("client received binary", m.byteLength)
            Qt.quit()
        })
        client.url = server.url
        client.active = true
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
