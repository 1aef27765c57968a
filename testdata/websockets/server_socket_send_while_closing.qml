import QtQml
import QtWebSockets

// The client closes; the server-side socket tries to send from its Closing
// and Closed handlers.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.errorStringChanged.connect(function() { console.log("server socket errorStringChanged", JSON.stringify(webSocket.errorString)) })
            webSocket.statusChanged.connect(function(s) {
                console.log("server socket status", root.st(s), JSON.stringify(webSocket.errorString))
                if (s === WebSocket.Closing)
                    console.log("  send in Closing returned", webSocket.sendTextMessage("too late"))
                else if (s === WebSocket.Closed) {
                    console.log("  send in Closed returned", webSocket.sendBinaryMessage("too late"))
                    done.start()
                }
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", root.st(s))
            if (s === WebSocket.Open)
                client.active = false
        }
        onTextMessageReceived: function(m) { console.log("client got", m) }
    }
    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer done: Timer {
        id: done
        interval: 100
        onTriggered: Qt.quit()
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
