import QtQml
import QtWebSockets

// After switching a listening server off and on again a client can connect;
// while it is off the connection is refused.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property int phase: 0

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onListenChanged: console.log("server listenChanged", server.listen)
        onClientConnected: function(webSocket) { console.log("server clientConnected in phase", root.phase) }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Error && root.phase === 1) {
                root.phase = 2
                client.active = false
                server.listen = true
                console.log("server listen again", server.listen)
                client.active = true
            } else if (s === WebSocket.Open && root.phase === 2) {
                Qt.quit()
            }
        }
    }

    Component.onCompleted: {
        client.url = server.url
        server.listen = false
        root.phase = 1
        client.active = true
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
