import QtQml
import QtWebSockets

// The client closes an open connection with active = false: status sequences
// on both sides.
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
            webSocket.statusChanged.connect(function(s) { root.events.push("server socket status " + root.st(s)) })
            webSocket.activeChanged.connect(function(a) { root.events.push("server socket activeChanged " + a) })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onActiveChanged: function(a) { console.log("client activeChanged", a, root.st(client.status)) }
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Open) {
                client.active = false
                console.log("after active = false", root.st(client.status))
            }
            if (s === WebSocket.Closed)
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
            // the server-side events are printed separately so that their
            // interleaving with the client's does not matter
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
