import QtQml
import QtWebSockets

// `accept: false` in the declaration has no effect: the underlying server is
// created after the property is set and is never paused.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        accept: false
        onAcceptChanged: function(a) { console.log("server acceptChanged", a) }
        onClientConnected: function(webSocket) {
            console.log("server clientConnected", root.st(webSocket.status), "accept", server.accept)
        }
        onErrorStringChanged: console.log("server errorStringChanged", server.errorString)
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Open)
                Qt.quit()
        }
    }

    Component.onCompleted: {
        console.log("accept", server.accept, "listen", server.listen)
        client.url = server.url
        client.active = true
        step2.start()
    }
    property Timer step2: Timer {
        id: step2
        interval: 500
        onTriggered: {
            console.log("after 500 ms client", root.st(client.status))
            server.accept = true
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
