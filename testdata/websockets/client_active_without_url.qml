import QtQml
import QtWebSockets

// active = true without a url does nothing; setting the url afterwards
// connects straight away.
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
        onActiveChanged: function(a) { console.log("client activeChanged", a) }
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Open)
                Qt.quit()
        }
        onErrorStringChanged: function(e) { console.log("client errorStringChanged", JSON.stringify(e)) }
    }

    Component.onCompleted: {
        client.active = true
        console.log("active, no url", root.st(client.status), client.active, JSON.stringify(client.errorString))
        step2.start()
    }
    property Timer step2: Timer {
        id: step2
        interval: 200
        onTriggered: {
            console.log("still", root.st(client.status))
            client.url = server.url
            console.log("url set", root.st(client.status))
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
