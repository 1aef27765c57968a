import QtQml
import QtWebSockets

// Empty text and empty binary messages (an empty ArrayBuffer and null): return
// values and what the receiver gets. An empty binary message arrives as an
// ArrayBuffer whose byteLength (and any use as a buffer) throws "Type error".
QtObject {
    id: root
    property int received: 0
    function describe(m) {
        var out = "typeof " + typeof m + " null " + (m === null) + " instanceof ArrayBuffer " + (m instanceof ArrayBuffer)
        out += " String " + JSON.stringify(String(m))
        try { out += " byteLength " + m.byteLength } catch (e) { out += " byteLength threw " + e }
        try { out += " Uint8Array length " + new Uint8Array(m).length } catch (e) { out += " Uint8Array threw " + e }
        return out
    }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.textMessageReceived.connect(function(m) {
                console.log("server received text", JSON.stringify(m), typeof m, m.length)
                root.count()
            })
            webSocket.binaryMessageReceived.connect(function(m) {
                console.log("server received binary", root.describe(m))
                root.count()
            })
        }
    }
    function count() {
        if (++received === 3)
            Qt.quit()
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            if (s !== WebSocket.Open)
                return
            console.log("empty text returned", client.sendTextMessage(""))
            console.log("empty ArrayBuffer returned", client.sendBinaryMessage(new ArrayBuffer(0)))
            console.log("null returned", client.sendBinaryMessage(null))
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
