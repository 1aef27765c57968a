import QtQml
import QtWebSockets

// Text and binary messages around the frame length boundaries (125, 126,
// 65535, 65536) and a few others are echoed by the server and compared.
QtObject {
    id: root
    property var sizes: [0, 1, 124, 125, 126, 127, 128, 65534, 65535, 65536, 65537]
    property int i: 0
    property bool binary: false

    // Built and checked with native operations only (no per-byte loops),
    // so that slow builds (-race) stay well inside the safety timer.
    function text(n) { return "abcdefghijklmnopqrstuvwxyz0123456789".repeat(Math.ceil(n / 36) + 1).substring(0, n) }
    function buf(n) {
        var u = new Uint8Array(n).fill(7)
        if (n > 0) {
            u[0] = 1
            u[n - 1] = 255
        }
        return u.buffer
    }
    function same(ab, n) {
        if (n === 0)
            return true // an empty message arrives as a null byte array
        var u = new Uint8Array(ab)
        return u.length === n && u[0] === 1 && u[n - 1] === 255 && (n < 3 || u[n >> 1] === 7)
    }
    function send() {
        var n = sizes[i]
        console.log(binary ? "binary" : "text", n, "returned",
                    binary ? client.sendBinaryMessage(buf(n)) : client.sendTextMessage(text(n)))
    }
    function next() {
        if (++i === sizes.length) {
            if (binary) {
                client.active = false
                Qt.quit()
                return
            }
            binary = true
            i = 0
        }
        send()
    }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.textMessageReceived.connect(function(m) { webSocket.sendTextMessage(m) })
            webSocket.binaryMessageReceived.connect(function(m) { webSocket.sendBinaryMessage(m) })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) { if (s === WebSocket.Open) root.send() }
        onTextMessageReceived: function(m) {
            console.log("  echo", m.length, m === root.text(root.sizes[root.i]))
            root.next()
        }
        onBinaryMessageReceived: function(m) {
            console.log("  echo", root.sizes[root.i] === 0 ? 0 : m.byteLength, root.same(m, root.sizes[root.i]))
            root.next()
        }
    }
    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer safety: Timer {
        interval: 5000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
