import QtQml
import QtWebSockets

// A server created with Qt.createQmlObject is destroyed while a client is
// connected: what the client sees.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property var server: null

    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Open) {
                console.log("destroying server")
                root.server.destroy()
            } else if (s === WebSocket.Closed) {
                later.start()
            }
        }
    }
    Component.onCompleted: {
        server = Qt.createQmlObject('import QtWebSockets; WebSocketServer { listen: true }', root)
        server.clientConnected.connect(function(ws) { console.log("server clientConnected") })
        client.url = server.url
        client.active = true
    }
    property Timer later: Timer {
        id: later
        interval: 200
        onTriggered: {
            console.log("final", root.st(client.status), client.active, JSON.stringify(client.errorString), root.server)
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
