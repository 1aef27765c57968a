import QtQml
import QtWebSockets

// accept = false keeps a client Connecting; then the server stops listening
// (listen = false): what the waiting client sees.
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
            console.log("client status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Error || s === WebSocket.Closed)
                done.start()
        }
    }
    Component.onCompleted: {
        server.accept = false
        client.url = server.url
        client.active = true
        step.start()
    }
    property Timer step: Timer {
        id: step
        interval: 200
        onTriggered: {
            console.log("still", root.st(client.status), "; listen = false")
            server.listen = false
            console.log("after", root.st(client.status))
            done.start()
        }
    }
    property Timer done: Timer {
        id: done
        interval: 300
        onTriggered: {
            console.log("final", root.st(client.status), JSON.stringify(client.errorString))
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
