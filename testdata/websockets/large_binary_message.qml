import QtQml
import QtWebSockets

// A 1 MiB binary message and its echo: byteLength and a checksum of bytes.
QtObject {
    id: root
    function checksum(buf) {
        var a = new Uint8Array(buf), sum = 0
        for (var i = 0; i < a.length; i += 101)
            sum += a[i] * (i % 7 + 1)
        return sum
    }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.binaryMessageReceived.connect(function(m) {
                console.log("server received byteLength", m.byteLength, "checksum", root.checksum(m))
                console.log("server echo returned", webSocket.sendBinaryMessage(m))
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            if (s !== WebSocket.Open)
                return
            var a = new Uint8Array(1024 * 1024)
            for (var i = 0; i < a.length; i++)
                a[i] = (i * 31 + 7) & 255
            console.log("client sends byteLength", a.buffer.byteLength, "checksum", root.checksum(a.buffer))
            console.log("client sendBinaryMessage returned", client.sendBinaryMessage(a.buffer))
        }
        onBinaryMessageReceived: function(m) {
            console.log("client received byteLength", m.byteLength, "checksum", root.checksum(m))
            Qt.quit()
        }
    }

    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer safety: Timer {
        interval: 20000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
