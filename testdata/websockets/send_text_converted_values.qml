import QtQml
import QtWebSockets

// sendTextMessage with arguments that are not strings: what it returns and
// what arrives.
QtObject {
    id: root
    property var received: []

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.textMessageReceived.connect(function(m) {
                if (m === "end") {
                    console.log("server received", JSON.stringify(root.received))
                    client.active = false
                    later.start()
                    return
                }
                root.received.push(m)
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
            root.trySend("number", function() { return client.sendTextMessage(42.5) })
            root.trySend("integer", function() { return client.sendTextMessage(7) })
            root.trySend("bool", function() { return client.sendTextMessage(true) })
            root.trySend("null", function() { return client.sendTextMessage(null) })
            root.trySend("undefined", function() { return client.sendTextMessage(undefined) })
            root.trySend("no argument", function() { return client.sendTextMessage() })
            root.trySend("object", function() { return client.sendTextMessage({a: 1}) })
            root.trySend("array", function() { return client.sendTextMessage([1, "b"]) })
            root.trySend("two arguments", function() { return client.sendTextMessage("a", "b") })
            root.trySend("lone surrogate", function() { return client.sendTextMessage("x\uD800y") })
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
