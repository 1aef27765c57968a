import QtQml
import QtWebSockets

// Qt.quit() while a client is connected: at teardown the server-side socket
// still reports statusChanged(3 Closed) to a handler connected from
// JavaScript, but the socket's properties read undefined by then; the
// client's declared handler does not run.
QtObject {
    id: root
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            console.log("server clientConnected")
            webSocket.statusChanged.connect(function(s) {
                console.log("server socket status", s, "errorString", webSocket.errorString, "url", webSocket.url, "status", webSocket.status)
            })
        }
        Component.onDestruction: console.log("server onDestruction")
    }
    property WebSocket client: WebSocket {
        id: client
        url: server.url
        active: true
        onStatusChanged: function(s) {
            console.log("client status", s)
            if (s === WebSocket.Open)
                Qt.quit()
        }
        Component.onDestruction: console.log("client onDestruction")
    }
    Component.onDestruction: console.log("root onDestruction")
}
