import QtQml
import QtWebSockets

// requestedSubprotocols / supportedSubprotocols as list properties: change
// signals, assignment of a single string, and no server support at all while
// the client requests one.
QtObject {
    id: root
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onSupportedSubprotocolsChanged: console.log("server supportedSubprotocolsChanged", JSON.stringify(server.supportedSubprotocols))
        onClientConnected: function(webSocket) {
            console.log("server socket negotiated", JSON.stringify(webSocket.negotiatedSubprotocol), "requested", JSON.stringify(webSocket.requestedSubprotocols))
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onRequestedSubprotocolsChanged: console.log("client requestedSubprotocolsChanged", JSON.stringify(client.requestedSubprotocols))
        onStatusChanged: function(s) {
            if (s === WebSocket.Open) {
                console.log("client open, negotiated", JSON.stringify(client.negotiatedSubprotocol))
                later.start()
            }
        }
    }

    Component.onCompleted: {
        client.requestedSubprotocols = "single"
        console.log("requested", JSON.stringify(client.requestedSubprotocols), client.requestedSubprotocols.length)
        client.requestedSubprotocols = ["single"]
        console.log("same list again (no signal expected above)")
        client.requestedSubprotocols = ["x", "y"]
        server.supportedSubprotocols = ["p"]
        server.supportedSubprotocols = []
        console.log("supported", JSON.stringify(server.supportedSubprotocols))
        client.url = server.url
        client.active = true
    }
    property Timer later: Timer {
        id: later
        interval: 100
        onTriggered: Qt.quit()
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
