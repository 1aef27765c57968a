import QtQml
import QtWebSockets

// active = false while the host name is being looked up (set right after
// active = true, url "ws://localhost:PORT/"): nothing happens at once (the
// status stays 0 Connecting); Qt's socket goes on, makes the connection
// and closes it before any handshake, with a warning, then 3 Closed. The
// server sees no client.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: console.log("server clientConnected (unexpected)")
    }
    property WebSocket client: WebSocket {
        id: client
        onActiveChanged: console.log("client activeChanged", client.active)
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Closed)
                later.start()
        }
    }
    Component.onCompleted: {
        client.url = "ws://localhost:" + server.port + "/"
        client.active = true
        client.active = false
        console.log("after active = false", root.st(client.status))
    }
    property Timer later: Timer {
        id: later
        interval: 100
        onTriggered: {
            console.log("final", root.st(client.status), client.active)
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
