import QtQml
import QtWebSockets

// active = false while the client is still Connecting (set right after
// active = true): status sequence, and whether the server sees a client.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) { console.log("server clientConnected (unexpected)") }
    }
    property WebSocket client: WebSocket {
        id: client
        onActiveChanged: function(a) { console.log("client activeChanged", a) }
        onStatusChanged: function(s) { console.log("client status", root.st(s), JSON.stringify(client.errorString)) }
        onErrorStringChanged: function(e) { console.log("client errorStringChanged", JSON.stringify(e)) }
    }

    Component.onCompleted: {
        client.url = server.url
        client.active = true
        console.log("after active = true", root.st(client.status))
        client.active = false
        console.log("after active = false", root.st(client.status))
        later.start()
    }
    property Timer later: Timer {
        id: later
        interval: 300
        onTriggered: { console.log("final", root.st(client.status), client.active); Qt.quit() }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
