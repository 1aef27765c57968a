import QtQml
import QtWebSockets 1.1 as WS

// A qualified import: WS.WebSocketServer, WS.WebSocket and the enum through
// the qualifier.
QtObject {
    id: root
    property WS.WebSocketServer server: WS.WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            console.log("server clientConnected", webSocket.status === WS.WebSocket.Open)
            webSocket.textMessageReceived.connect(function(m) { webSocket.sendTextMessage(m.toUpperCase()) })
        }
    }
    property WS.WebSocket client: WS.WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", s, s === WS.WebSocket.Open)
            if (s === WS.WebSocket.Open)
                client.sendTextMessage("qualified")
        }
        onTextMessageReceived: function(m) {
            console.log("client received", m)
            Qt.quit()
        }
    }
    Component.onCompleted: {
        console.log("enum", WS.WebSocket.Connecting, WS.WebSocket.Open, WS.WebSocket.Closing, WS.WebSocket.Closed, WS.WebSocket.Error)
        client.url = server.url
        client.active = true
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
