import QtQml
import QtWebSockets

// Handlers attached with a Connections element whose target is a WebSocket
// (the client) or set later to a server-side socket.
QtObject {
    id: root
    property var peer: null

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            root.peer = webSocket
            webSocket.sendTextMessage("welcome")
        }
    }
    property WebSocket client: WebSocket { id: client }
    property Connections clientConnections: Connections {
        target: client
        function onStatusChanged(status) { console.log("client status", status) }
        function onTextMessageReceived(message) {
            console.log("client got", message)
            client.sendTextMessage("thanks")
        }
    }
    property Connections peerConnections: Connections {
        target: root.peer
        function onTextMessageReceived(message) {
            console.log("peer got", message)
            client.active = false
        }
        function onStatusChanged(status) {
            console.log("peer status", status)
            if (status === WebSocket.Closed)
                Qt.quit()
        }
    }
    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
