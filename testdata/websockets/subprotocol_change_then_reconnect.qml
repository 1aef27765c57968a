import QtQml
import QtWebSockets

// requestedSubprotocols changed on an open client: nothing happens to the
// connection; after a reconnect the new list is offered and negotiated.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property int opens: 0

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        supportedSubprotocols: ["chat.v1", "chat.v2"]
        onClientConnected: function(webSocket) {
            console.log("server clientConnected requested", JSON.stringify(webSocket.requestedSubprotocols), "negotiated", JSON.stringify(webSocket.negotiatedSubprotocol))
        }
    }
    property WebSocket client: WebSocket {
        id: client
        requestedSubprotocols: ["chat.v1"]
        onNegotiatedSubprotocolChanged: console.log("client negotiatedSubprotocolChanged", JSON.stringify(client.negotiatedSubprotocol))
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), "negotiated", JSON.stringify(client.negotiatedSubprotocol))
            if (s === WebSocket.Open)
                step.start()
        }
    }
    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer step: Timer {
        id: step
        interval: 50
        onTriggered: {
            if (++root.opens === 1) {
                client.requestedSubprotocols = ["chat.v2", "chat.v1"]
                console.log("changed; status", root.st(client.status), "negotiated", JSON.stringify(client.negotiatedSubprotocol))
                client.active = false
                client.active = true
            } else {
                client.active = false
                Qt.quit()
            }
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
