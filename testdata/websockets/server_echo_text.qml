import QtQml
import QtWebSockets

// A server echoes text messages; the client sends three, one after the other.
QtObject {
    id: root
    property var messages: ["hello", "second message", "third"]
    property int next: 0

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.textMessageReceived.connect(function(message) {
                console.log("server received", JSON.stringify(message))
                var n = webSocket.sendTextMessage("echo: " + message)
                console.log("server sendTextMessage returned", n)
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            if (s === WebSocket.Open)
                root.sendNext()
        }
        onTextMessageReceived: function(message) {
            console.log("client received", JSON.stringify(message))
            root.sendNext()
        }
    }
    function sendNext() {
        if (next >= messages.length) {
            Qt.quit()
            return
        }
        var n = client.sendTextMessage(messages[next++])
        console.log("client sendTextMessage returned", n)
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
