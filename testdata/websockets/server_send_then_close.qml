import QtQml
import QtWebSockets

// Inside onClientConnected the server sends a message and immediately closes
// the socket with active = false. What each side sees, in order.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property var serverSocket: null

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            root.serverSocket = webSocket
            webSocket.statusChanged.connect(function(s) {
                console.log("server socket status", root.st(s), JSON.stringify(webSocket.errorString))
            })
            webSocket.activeChanged.connect(function(a) { console.log("server socket activeChanged", a) })
            console.log("server sendTextMessage returned", webSocket.sendTextMessage("bye"))
            webSocket.active = false
            console.log("server after active = false", root.st(webSocket.status), webSocket.active)
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Closed || s === WebSocket.Error)
                later.start()
        }
        onActiveChanged: function(a) { console.log("client activeChanged", a) }
        onTextMessageReceived: function(message) { console.log("client received", JSON.stringify(message)) }
    }

    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer later: Timer {
        id: later
        interval: 100
        onTriggered: {
            console.log("final client", root.st(client.status), client.active)
            console.log("final server socket", root.st(root.serverSocket.status), root.serverSocket.active)
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
