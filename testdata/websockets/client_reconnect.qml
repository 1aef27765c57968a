import QtQml
import QtWebSockets

// A client disconnects with active = false and connects again with
// active = true: the server sees a second, distinct connection.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property int opens: 0
    property var first: null

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            console.log("server clientConnected, same object as before:", webSocket === root.first)
            if (!root.first)
                root.first = webSocket
            webSocket.textMessageReceived.connect(function(m) { webSocket.sendTextMessage("echo " + m) })
            webSocket.statusChanged.connect(function(s) {
                console.log("server socket", webSocket === root.first ? "first" : "second", "status", root.st(s))
                if (s === WebSocket.Closed && webSocket === root.first)
                    client.active = true
                else if (s === WebSocket.Closed)
                    Qt.quit()
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onActiveChanged: function(a) { console.log("client activeChanged", a) }
        onStatusChanged: function(s) {
            console.log("client status", root.st(s))
            if (s === WebSocket.Open)
                client.sendTextMessage("connection " + (++root.opens))
        }
        onTextMessageReceived: function(m) {
            console.log("client received", m)
            client.active = false
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
