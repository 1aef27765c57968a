import QtQml
import QtWebSockets

// Subprotocol negotiation with one protocol in common: requestedSubprotocols,
// supportedSubprotocols and negotiatedSubprotocol on both sides, and when
// negotiatedSubprotocolChanged fires relative to statusChanged (while opening
// and while closing).
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        supportedSubprotocols: ["chat.v2", "chat.v1"]
        onClientConnected: function(webSocket) {
            console.log("server socket requestedSubprotocols", JSON.stringify(webSocket.requestedSubprotocols))
            console.log("server socket negotiatedSubprotocol", JSON.stringify(webSocket.negotiatedSubprotocol))
            webSocket.negotiatedSubprotocolChanged.connect(function() {
                console.log("server socket negotiatedSubprotocolChanged", JSON.stringify(webSocket.negotiatedSubprotocol), root.st(webSocket.status))
            })
            webSocket.statusChanged.connect(function(s) {
                console.log("server socket status", root.st(s), "negotiated", JSON.stringify(webSocket.negotiatedSubprotocol))
                if (s === WebSocket.Closed)
                    Qt.quit()
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        requestedSubprotocols: ["chat.v1", "other"]
        onNegotiatedSubprotocolChanged: console.log("client negotiatedSubprotocolChanged", JSON.stringify(client.negotiatedSubprotocol), root.st(client.status))
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), "negotiated", JSON.stringify(client.negotiatedSubprotocol))
            if (s === WebSocket.Open)
                later.start()
        }
    }

    Component.onCompleted: {
        console.log("server supportedSubprotocols", JSON.stringify(server.supportedSubprotocols))
        console.log("client requestedSubprotocols", JSON.stringify(client.requestedSubprotocols))
        client.url = server.url
        client.active = true
    }
    property Timer later: Timer {
        id: later
        interval: 100
        onTriggered: {
            console.log("client negotiated", JSON.stringify(client.negotiatedSubprotocol))
            client.active = false
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
