import QtQml
import QtWebSockets

// The client is set inactive from the server's clientConnected handler: the
// TCP connection is up and the handshake request sent, but the client has not
// read the server's answer yet (it is still Connecting).
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            console.log("server clientConnected; client is", root.st(client.status))
            webSocket.statusChanged.connect(function(s) {
                console.log("server socket status", root.st(s), JSON.stringify(webSocket.errorString))
            })
            client.active = false
            console.log("after active = false", root.st(client.status), JSON.stringify(client.errorString))
            later.start()
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onActiveChanged: function(a) { console.log("client activeChanged", a) }
        onErrorStringChanged: function(e) { console.log("client errorStringChanged", JSON.stringify(e)) }
        onStatusChanged: function(s) { console.log("client status", root.st(s), JSON.stringify(client.errorString)) }
    }
    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer later: Timer {
        id: later
        interval: 300
        onTriggered: {
            console.log("final", root.st(client.status), client.active, JSON.stringify(client.errorString))
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
