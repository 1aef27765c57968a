import QtQml
import QtWebSockets

// Requested subprotocol names that are not RFC 6455 tokens (spaces, commas,
// separators, non-ASCII, control characters) are left out of the handshake
// by QWebSocket when its TCP connection is up, each with a warning; an
// empty name is kept (the server drops it). The list is the one set when
// the connection was opened: a change afterwards is not used.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        supportedSubprotocols: ["x,y", "y", "ok", "later"]
        onClientConnected: function(webSocket) {
            console.log("server side requested", JSON.stringify(webSocket.requestedSubprotocols),
                        "negotiated", JSON.stringify(webSocket.negotiatedSubprotocol))
        }
    }
    property WebSocket client: WebSocket {
        id: client
        requestedSubprotocols: ["a b", "", "x,y", "é", "tab\there", "q\"uote", "a/b", "~!#", "ok"]
        onStatusChanged: function(s) {
            console.log("client status", st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Open) {
                console.log("client negotiated", JSON.stringify(client.negotiatedSubprotocol))
                client.active = false
            } else if (s === WebSocket.Closed) {
                Qt.quit()
            }
        }
    }
    Component.onCompleted: {
        client.url = server.url
        client.active = true
        client.requestedSubprotocols = ["later"]
        console.log("requested now", JSON.stringify(client.requestedSubprotocols))
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
