import QtQml
import QtWebSockets

// More send arguments: a Symbol is sent as text "Symbol(desc)" but refused
// by sendBinaryMessage; the refusal warning lists every frame of the
// JavaScript stack ("function@file:line", innermost first); holes and
// undefined in an array given to sendBinaryMessage are 0 with an empty type
// name in the warning; ArrayBuffer slices and typed-array buffers send
// their bytes; other values are refused or converted as printed.
QtObject {
    id: root
    property var received: []
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.onTextMessageReceived.connect(function(m) { root.received.push(JSON.stringify(m)) })
            webSocket.onBinaryMessageReceived.connect(function(m) {
                root.received.push("binary " + Array.prototype.join.call(new Uint8Array(m), "."))
            })
        }
    }
    function trySend(label, f) {
        try {
            console.log(label, "returned", f())
        } catch (e) {
            console.log(label, "threw", e)
        }
        if (client.status !== WebSocket.Open)
            console.log("  status", client.status, client.errorString)
    }
    function nested(f) { return f() }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            if (s === WebSocket.Open) {
                var ab = new Uint8Array([104, 105]).buffer
                trySend("text arraybuffer", function() { return client.sendTextMessage(ab) })
                trySend("text typed array", function() { return client.sendTextMessage(new Uint8Array([1, 2])) })
                trySend("text function", function() { return client.sendTextMessage(function f() { return 1 }) })
                trySend("text symbol", function() { return client.sendTextMessage(Symbol("s")) })
                trySend("text toString", function() { return client.sendTextMessage({toString: function() { return "custom" }}) })
                trySend("text String object", function() { return client.sendTextMessage(new String("so")) })
                trySend("text QtObject", function() { return client.sendTextMessage(server) })
                trySend("binary slice", function() { return client.sendBinaryMessage(ab.slice(1)) })
                trySend("binary subarray buffer", function() { return client.sendBinaryMessage(new Uint8Array([1, 2, 3]).subarray(1).buffer) })
                trySend("binary date", function() { return client.sendBinaryMessage(new Date(0)) })
                trySend("binary function", function() { return client.sendBinaryMessage(function() {}) })
                trySend("binary symbol", function() { return root.nested(function() { return client.sendBinaryMessage(Symbol("s")) }) })
                trySend("binary String object", function() { return client.sendBinaryMessage(new String("so")) })
                trySend("binary QtObject", function() { return client.sendBinaryMessage(server) })
                trySend("binary url", function() { return client.sendBinaryMessage(server.url) })
                trySend("binary nested array", function() { return client.sendBinaryMessage([[1], 2]) })
                trySend("binary sparse array", function() { return client.sendBinaryMessage([1, , 3]) })
                trySend("binary mixed array", function() { return client.sendBinaryMessage([-1, -1.5, 255.5, 1e10, "0x10", " 5 ", "", null, undefined]) })
                client.sendTextMessage("end")
            } else if (s === WebSocket.Closed) {
                Qt.quit()
            }
        }
    }
    property Timer poll: Timer {
        interval: 20; repeat: true; running: true
        onTriggered: {
            if (root.received.length > 0 && root.received[root.received.length - 1] === "\"end\"") {
                stop()
                console.log(root.received.join("\n"))
                client.active = false
            }
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
