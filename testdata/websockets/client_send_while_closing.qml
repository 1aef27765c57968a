import QtQml
import QtWebSockets

// Sending from inside the statusChanged handlers of a closing client:
// during Closing (reached from active = false) and after Closed.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property var got: []

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.textMessageReceived.connect(function(m) { root.got.push(m) })
            webSocket.statusChanged.connect(function(s) {
                if (s === WebSocket.Closed)
                    later.start()
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onErrorStringChanged: function(e) { console.log("errorStringChanged", JSON.stringify(e)) }
        onStatusChanged: function(s) {
            console.log("status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Open) {
                client.sendTextMessage("before")
                client.active = false
                console.log("after active = false", root.st(client.status), JSON.stringify(client.errorString))
            } else if (s === WebSocket.Closing) {
                console.log("send in Closing returned", client.sendTextMessage("closing"))
            } else if (s === WebSocket.Closed) {
                console.log("send in Closed returned", client.sendTextMessage("closed"))
            }
        }
    }
    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer later: Timer {
        id: later
        interval: 100
        onTriggered: {
            console.log("server received", JSON.stringify(root.got))
            console.log("final", root.st(client.status), JSON.stringify(client.errorString))
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
