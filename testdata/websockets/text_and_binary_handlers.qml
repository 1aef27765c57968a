import QtQml
import QtWebSockets

// Both onTextMessageReceived and onBinaryMessageReceived declared; the
// server sends text and binary messages interleaved; each arrives at its own
// handler, in the order sent. The client answers with the kinds swapped.
QtObject {
    id: root
    property var serverSocket: null
    property int got: 0

    function hex(ab) {
        var u = new Uint8Array(ab), s = []
        for (var i = 0; i < u.length; i++)
            s.push((u[i] < 16 ? "0" : "") + u[i].toString(16))
        return s.join(" ")
    }
    function bytes(list) {
        var b = new ArrayBuffer(list.length), u = new Uint8Array(b)
        for (var i = 0; i < list.length; i++)
            u[i] = list[i]
        return b
    }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            root.serverSocket = webSocket
            webSocket.textMessageReceived.connect(function(m) {
                console.log("server text", JSON.stringify(m))
            })
            webSocket.binaryMessageReceived.connect(function(m) {
                console.log("server binary", root.hex(m))
                if (++root.got === 2)
                    client.active = false
            })
            console.log("server sends", webSocket.sendTextMessage("one"),
                        webSocket.sendBinaryMessage(root.bytes([1, 2])),
                        webSocket.sendTextMessage("three"),
                        webSocket.sendBinaryMessage(root.bytes([4])),
                        webSocket.sendBinaryMessage("five"),
                        webSocket.sendTextMessage("six"))
        }
    }
    property WebSocket client: WebSocket {
        id: client
        property int n: 0
        onStatusChanged: function(s) {
            console.log("client status", s)
            if (s === WebSocket.Closed)
                later.start()
        }
        onTextMessageReceived: function(m) {
            console.log("client text", JSON.stringify(m), typeof m)
            if (++n === 4)
                console.log("client replies", client.sendBinaryMessage("x"), client.sendTextMessage("y"), client.sendBinaryMessage(root.bytes([255])))
        }
        onBinaryMessageReceived: function(m) {
            console.log("client binary", root.hex(m), m instanceof ArrayBuffer)
            if (++n === 4)
                console.log("client replies", client.sendBinaryMessage("x"), client.sendTextMessage("y"), client.sendBinaryMessage(root.bytes([255])))
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
