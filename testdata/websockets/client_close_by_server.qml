import QtQml
import QtWebSockets

// The server side closes an open connection (after a message round trip) with
// active = false: status sequences on both sides.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property var serverSocket: null
    property var events: []

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            root.serverSocket = webSocket
            webSocket.statusChanged.connect(function(s) { console.log("server socket status", root.st(s)) })
            webSocket.activeChanged.connect(function(a) { console.log("server socket activeChanged", a) })
            webSocket.textMessageReceived.connect(function(m) {
                console.log("server received", m)
                webSocket.active = false
                console.log("server after active = false", root.st(webSocket.status))
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onActiveChanged: function(a) { root.events.push("client activeChanged " + a) }
        onStatusChanged: function(s) {
            root.events.push("client status " + root.st(s) + " " + JSON.stringify(client.errorString))
            if (s === WebSocket.Open)
                client.sendTextMessage("please close")
            if (s === WebSocket.Closed || s === WebSocket.Error)
                later.start()
        }
    }

    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer later: Timer {
        id: later
        interval: 200
        onTriggered: {
            for (var i = 0; i < root.events.length; i++)
                console.log(root.events[i])
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
