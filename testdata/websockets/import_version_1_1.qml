import QtQml
import QtWebSockets 1.1

// `import QtWebSockets 1.1`: onBinaryMessageReceived is available.
QtObject {
    id: root
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            console.log("server clientConnected")
            webSocket.sendBinaryMessage(new Uint8Array([7, 7, 7]).buffer)
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onBinaryMessageReceived: function(message) {
            console.log("client received binary", message.byteLength)
            Qt.quit()
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
