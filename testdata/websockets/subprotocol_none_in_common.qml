import QtQml
import QtWebSockets

// The client asks for subprotocols the server does not support.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        supportedSubprotocols: ["alpha"]
        onClientConnected: function(webSocket) {
            console.log("server clientConnected requested", JSON.stringify(webSocket.requestedSubprotocols), "negotiated", JSON.stringify(webSocket.negotiatedSubprotocol))
        }
        onErrorStringChanged: console.log("server errorStringChanged", server.errorString)
    }
    property WebSocket client: WebSocket {
        id: client
        requestedSubprotocols: ["beta", "gamma"]
        onNegotiatedSubprotocolChanged: console.log("client negotiatedSubprotocolChanged", JSON.stringify(client.negotiatedSubprotocol))
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), "negotiated", JSON.stringify(client.negotiatedSubprotocol), JSON.stringify(client.errorString))
            if (s === WebSocket.Open || s === WebSocket.Error)
                later.start()
        }
    }

    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer later: Timer {
        id: later
        interval: 100
        onTriggered: { console.log("final", root.st(client.status)); Qt.quit() }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
