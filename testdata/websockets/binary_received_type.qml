import QtQml
import QtWebSockets

// The argument of binaryMessageReceived: its type, length and contents, on the
// server side and on the client side.
QtObject {
    id: root
    function describe(who, m) {
        console.log(who, "typeof", typeof m)
        console.log(who, "instanceof ArrayBuffer", m instanceof ArrayBuffer)
        console.log(who, "Object.prototype.toString", Object.prototype.toString.call(m))
        console.log(who, "byteLength", m.byteLength, "length", m.length)
        var a = new Uint8Array(m)
        console.log(who, "bytes", Array.prototype.join.call(a, ","))
        console.log(who, "slice(1, 3)", Array.prototype.join.call(new Uint8Array(m.slice(1, 3)), ","))
    }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.binaryMessageReceived.connect(function(m) {
                root.describe("server", m)
                webSocket.sendBinaryMessage(m)
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            if (s === WebSocket.Open)
                client.sendBinaryMessage(new Uint8Array([10, 20, 30, 40, 250]).buffer)
        }
        onBinaryMessageReceived: function(message) {
            root.describe("client", message)
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
