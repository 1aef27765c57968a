import QtQml
import QtWebSockets

// The client sends three messages in one turn; the server-side socket sets
// active = false in the handler of the first one. What the server socket
// and the client see.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property var got: []
    property int closed: 0

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.statusChanged.connect(function(s) {
                console.log("server socket status", root.st(s))
            })
            webSocket.textMessageReceived.connect(function(m) {
                console.log("server got", m, "in status", root.st(webSocket.status))
                root.got.push(m)
                if (m === "one") {
                    webSocket.active = false
                    console.log("server socket after active = false", root.st(webSocket.status))
                }
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Open)
                console.log("client sends", client.sendTextMessage("one"), client.sendTextMessage("two"), client.sendTextMessage("three"))
            else if (s === WebSocket.Closed)
                later.start()
        }
    }
    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer later: Timer {
        id: later
        interval: 200
        onTriggered: {
            console.log("server received", JSON.stringify(root.got))
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
