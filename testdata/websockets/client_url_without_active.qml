import QtQml
import QtWebSockets

// Setting the url while active is false does not connect; active = true does.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) { console.log("server clientConnected") }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", root.st(s))
            if (s === WebSocket.Open)
                Qt.quit()
        }
    }

    Component.onCompleted: {
        client.url = server.url
        console.log("url set", root.st(client.status), client.active)
        step2.start()
    }
    property Timer step2: Timer {
        id: step2
        interval: 200
        onTriggered: {
            console.log("still", root.st(client.status))
            client.active = true
            console.log("active set", root.st(client.status))
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
