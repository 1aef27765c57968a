import QtQml
import QtWebSockets

// A client created from a Component is destroyed while open: the
// server-side socket sees the close.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property var client: null

    property Component factory: Component {
        id: factory
        WebSocket {
            onStatusChanged: function(s) { console.log("client status", root.st(s)) }
        }
    }
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            console.log("server clientConnected")
            webSocket.statusChanged.connect(function(s) {
                console.log("server socket status", root.st(s), JSON.stringify(webSocket.errorString))
                if (s === WebSocket.Closed)
                    later.start()
            })
            webSocket.sendTextMessage("welcome")
        }
    }
    Component.onCompleted: {
        client = factory.createObject(root, { url: server.url, active: true })
        console.log("created", root.st(client.status), client.active)
        client.textMessageReceived.connect(function(m) {
            console.log("client got", m)
            client.destroy()
        })
    }
    property Timer later: Timer {
        id: later
        interval: 100
        onTriggered: { console.log("client is", root.client); Qt.quit() }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
