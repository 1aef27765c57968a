import QtQml
import QtWebSockets

// The client's activeChanged / statusChanged / errorStringChanged order while
// it connects, and the server's clientConnected relative to them.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) { console.log("server clientConnected", root.st(webSocket.status)) }
    }
    property WebSocket client: WebSocket {
        id: client
        onActiveChanged: function(a) { console.log("client activeChanged", a, root.st(client.status)) }
        onStatusChanged: function(s) {
            console.log("client statusChanged", root.st(s), "property", root.st(client.status), JSON.stringify(client.errorString))
            if (s === WebSocket.Open)
                later.start()
        }
        onErrorStringChanged: function(e) { console.log("client errorStringChanged", JSON.stringify(e)) }
        onUrlChanged: console.log("client urlChanged", client.url)
    }

    Component.onCompleted: {
        console.log("before", root.st(client.status), JSON.stringify(client.errorString))
        client.url = server.url
        console.log("url set", root.st(client.status))
        client.active = true
        console.log("active set", root.st(client.status))
    }
    property Timer later: Timer {
        id: later
        interval: 100
        onTriggered: { console.log("final", root.st(client.status), client.active); Qt.quit() }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
