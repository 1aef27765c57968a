import QtQml
import QtWebSockets

// A name change replaces the QWebSocketServer; the new one is not paused,
// so a server with accept = false accepts clients again (accept still
// reads false, no acceptChanged).
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onAcceptChanged: console.log("server acceptChanged", server.accept)
        onListenChanged: console.log("server listenChanged", server.listen)
        onNameChanged: console.log("server nameChanged", JSON.stringify(server.name))
        onClientConnected: function(webSocket) {
            console.log("server clientConnected", server.accept)
            webSocket.active = false
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Closed)
                Qt.quit()
        }
    }
    Component.onCompleted: {
        server.accept = false
        server.name = "second"
        console.log("renamed", server.listen, server.accept)
        client.url = server.url
        client.active = true
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
