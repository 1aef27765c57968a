import QtQml
import QtWebSockets

// The usual declarative pattern: `url: server.url` and `active: true` on the
// client. The binding first delivers ws://127.0.0.1:0 (server not listening
// yet), then the real url; the client opens only once it is completed.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) { console.log("server clientConnected") }
    }
    property WebSocket client: WebSocket {
        id: client
        url: server.url
        active: true
        onUrlChanged: console.log("client urlChanged", client.url, "ends with :0", String(client.url).endsWith(":0"))
        onActiveChanged: function(a) { console.log("client activeChanged", a) }
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Open)
                later.start()
        }
        onErrorStringChanged: function(e) { console.log("client errorStringChanged", JSON.stringify(e)) }
    }

    Component.onCompleted: {
        console.log("completed", root.st(client.status), client.url === server.url, server.port > 0)
    }
    property Timer later: Timer {
        id: later
        interval: 100
        onTriggered: { console.log("final", root.st(client.status)); Qt.quit() }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
