import QtQml
import QtWebSockets

// Several protocols in common: which one is chosen (client order is b, a;
// server order is a, b). The connection is closed before quitting: Qt 6.4.2
// aborts at exit when a client with a negotiated subprotocol is still open.
QtObject {
    id: root
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        supportedSubprotocols: ["a", "b"]
        onClientConnected: function(webSocket) {
            console.log("server socket negotiated", JSON.stringify(webSocket.negotiatedSubprotocol), "requested", JSON.stringify(webSocket.requestedSubprotocols))
            webSocket.statusChanged.connect(function(s) {
                console.log("server socket status", s)
                if (s === WebSocket.Closed)
                    Qt.quit()
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        requestedSubprotocols: ["b", "a"]
        onNegotiatedSubprotocolChanged: console.log("client negotiatedSubprotocolChanged", JSON.stringify(client.negotiatedSubprotocol), "status", client.status)
        onStatusChanged: function(s) {
            if (s === WebSocket.Open) {
                console.log("client open, negotiated", JSON.stringify(client.negotiatedSubprotocol))
                later.start()
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
            console.log("client negotiated later", JSON.stringify(client.negotiatedSubprotocol))
            client.active = false
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
