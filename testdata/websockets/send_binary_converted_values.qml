import QtQml
import QtWebSockets

// sendBinaryMessage with values that are not ArrayBuffers but that Qt converts
// to bytes: a string, a number, a boolean, an array of numbers.
QtObject {
    id: root
    property int expected: 4
    property int received: 0
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
            webSocket.binaryMessageReceived.connect(function(m) {
                console.log("server received binary", m.byteLength, "bytes:", JSON.stringify(root.hex(m)))
                if (++root.received === root.expected)
                    Qt.quit()
            })
            webSocket.textMessageReceived.connect(function(m) {
                console.log("server received text (unexpected)", JSON.stringify(m))
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            if (s !== WebSocket.Open)
                return
            console.log("string returned", client.sendBinaryMessage("AB\u00e9"))
            console.log("number returned", client.sendBinaryMessage(42.5))
            console.log("bool returned", client.sendBinaryMessage(true))
            console.log("array returned", client.sendBinaryMessage([9, 10, 300]))
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
