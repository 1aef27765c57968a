import QtQml
import QtWebSockets

// sendBinaryMessage with no argument, with two arguments, and with the
// buffer of a typed array or a slice of an ArrayBuffer.
QtObject {
    id: root
    property var received: []

    function hex(ab) {
        var u = new Uint8Array(ab), s = []
        for (var i = 0; i < u.length; i++)
            s.push((u[i] < 16 ? "0" : "") + u[i].toString(16))
        return s.join(" ")
    }
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.binaryMessageReceived.connect(function(m) {
                root.received.push(root.hex(m))
            })
            webSocket.textMessageReceived.connect(function(m) {
                console.log("server received", JSON.stringify(root.received))
                client.active = false
                later.start()
            })
        }
    }
    function trySend(label, f) {
        try {
            console.log(label, "returned", f())
        } catch (e) {
            console.log(label, "threw", e)
        }
        console.log("  status", client.status, JSON.stringify(client.errorString))
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            if (s !== WebSocket.Open)
                return
            var u = new Uint8Array([1, 2, 3, 4, 5])
            root.trySend("no argument", function() { return client.sendBinaryMessage() })
            root.trySend("two arguments", function() { return client.sendBinaryMessage(u.buffer, 9) })
            root.trySend("typed array buffer", function() { return client.sendBinaryMessage(u.buffer) })
            root.trySend("subarray buffer", function() { return client.sendBinaryMessage(u.subarray(1, 3).buffer) })
            root.trySend("slice", function() { return client.sendBinaryMessage(u.buffer.slice(1, 3)) })
            root.trySend("array of strings", function() { return client.sendBinaryMessage(["65", "x", 66.9, -1]) })
            root.trySend("end", function() { return client.sendTextMessage("end") })
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
