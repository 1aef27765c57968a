import QtQml
import QtWebSockets

// accept = false pauses the listening socket the server has. Listening
// again (listen off, then on in a later turn) makes a new listening socket
// that accepts, although accept still reads false.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onAcceptChanged: console.log("server acceptChanged", server.accept)
        onListenChanged: console.log("server listenChanged", server.listen)
        onClientConnected: function(webSocket) {
            console.log("server clientConnected", server.accept)
            webSocket.active = false
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Closed)
                Qt.quit()
        }
    }
    Component.onCompleted: {
        server.accept = false
        server.listen = false
        Qt.callLater(function() {
            server.listen = true
            console.log("listening again", server.listen, server.accept)
            client.url = server.url
            client.active = true
        })
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
