import QtQml
import QtWebSockets

// listen = true assigned after creation ends with a queued listenChanged(false)
// (see server_listen_set_later); a name change in the same turn replaces the
// QWebSocketServer whose `closed` was queued, so it is dropped: the server
// keeps listening and accepts a client.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property WebSocketServer server: WebSocketServer {
        id: server
        onListenChanged: console.log("server listenChanged", server.listen)
        onPortChanged: console.log("server portChanged", server.port > 0)
        onClientConnected: function(webSocket) { console.log("server clientConnected"); webSocket.active = false }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Closed) Qt.callLater(Qt.quit)
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
    Component.onCompleted: {
        server.listen = true
        server.name = "x"
        Qt.callLater(function() {
            console.log("later", server.listen)
            client.url = server.url
            client.active = true
        })
    }
}
