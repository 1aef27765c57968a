import QtQml
import QtWebSockets

// A client is destroyed from the server's clientConnected handler, while it
// still waits for the handshake answer: what the server-side socket sees.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property var client: null

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            console.log("server clientConnected; client is", root.st(root.client.status))
            webSocket.statusChanged.connect(function(s) {
                console.log("server socket status", root.st(s), JSON.stringify(webSocket.errorString))
            })
            root.client.destroy()
            later.start()
        }
    }
    Component.onCompleted: {
        client = Qt.createQmlObject('import QtWebSockets; WebSocket { }', root)
        client.statusChanged.connect(function(s) { console.log("client status", root.st(s)) })
        client.url = server.url
        client.active = true
    }
    property Timer later: Timer {
        id: later
        interval: 300
        onTriggered: {
            console.log("client", root.client)
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
