import QtQml
import QtWebSockets

// 20 numbered messages sent in one go arrive in order; the server answers each
// and the replies arrive in order too.
QtObject {
    id: root
    property var serverGot: []
    property var clientGot: []

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.textMessageReceived.connect(function(m) {
                root.serverGot.push(m)
                webSocket.sendTextMessage("re:" + m)
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            if (s !== WebSocket.Open)
                return
            var total = 0
            for (var i = 1; i <= 20; i++)
                total += client.sendTextMessage("msg" + i)
            console.log("client sent 20 messages,", total, "bytes")
        }
        onTextMessageReceived: function(m) {
            root.clientGot.push(m)
            if (root.clientGot.length === 20) {
                console.log("server got", root.serverGot.join(","))
                console.log("client got", root.clientGot.join(","))
                Qt.quit()
            }
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
