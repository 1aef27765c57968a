import QtQml
import QtWebSockets

// listen = false while a client is connected: the existing connection keeps
// working; new clients are refused.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onListenChanged: console.log("server listenChanged", server.listen)
        onClientConnected: function(webSocket) {
            console.log("server clientConnected")
            webSocket.statusChanged.connect(function(s) {
                console.log("server socket status", root.st(s))
                if (s === WebSocket.Closed)
                    Qt.quit()
            })
            webSocket.textMessageReceived.connect(function(m) {
                console.log("server received", m)
                webSocket.sendTextMessage("echo " + m)
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", root.st(s))
            if (s === WebSocket.Open) {
                server.listen = false
                console.log("client sends after listen = false", client.sendTextMessage("still there?"))
            }
        }
        onTextMessageReceived: function(m) {
            console.log("client received", m)
            second.url = server.url
            second.active = true
        }
    }
    property WebSocket second: WebSocket {
        id: second
        onStatusChanged: function(s) {
            console.log("second status", root.st(s), JSON.stringify(second.errorString))
            if (s === WebSocket.Error) {
                console.log("first client still", root.st(client.status))
                client.active = false
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
