import QtQml
import QtWebSockets

// A server echoes binary messages back; the client checks the bytes.
QtObject {
    id: root
    function hex(buf) {
        var a = new Uint8Array(buf), out = []
        for (var i = 0; i < a.length; i++)
            out.push((a[i] < 16 ? "0" : "") + a[i].toString(16))
        return out.join(" ")
    }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.binaryMessageReceived.connect(function(message) {
                console.log("server received", message.byteLength, "bytes:", root.hex(message))
                var n = webSocket.sendBinaryMessage(message)
                console.log("server sendBinaryMessage returned", n)
            })
            webSocket.textMessageReceived.connect(function(message) {
                console.log("server received text (unexpected)", message)
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            if (s === WebSocket.Open) {
                var bytes = new Uint8Array([0, 1, 2, 127, 128, 254, 255])
                var n = client.sendBinaryMessage(bytes.buffer)
                console.log("client sendBinaryMessage returned", n)
            }
        }
        onBinaryMessageReceived: function(message) {
            console.log("client received", message.byteLength, "bytes:", root.hex(message))
            Qt.quit()
        }
        onTextMessageReceived: function(message) { console.log("client received text (unexpected)", message) }
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
