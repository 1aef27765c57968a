import QtQml
import QtWebSockets

// The server sends three messages in one turn; the client sets active =
// false in the handler of the first one. Are the other two still delivered?
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property var got: []

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.statusChanged.connect(function(s) {
                console.log("server socket status", root.st(s))
                if (s === WebSocket.Closed)
                    later.start()
            })
            console.log("server sends", webSocket.sendTextMessage("one"), webSocket.sendTextMessage("two"), webSocket.sendTextMessage("three"))
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) { console.log("client status", root.st(s)) }
        onTextMessageReceived: function(m) {
            console.log("client got", m, "in status", root.st(client.status))
            root.got.push(m)
            if (m === "one") {
                client.active = false
                console.log("after active = false", root.st(client.status))
            }
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
            console.log("client received", JSON.stringify(root.got))
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
