import QtQml
import QtWebSockets

// Renaming a server replaces its QWebSocketServer: the open connection is
// cut. The server-side socket reports 3 Closed synchronously inside the
// setter (no Closing, active stays true, the negotiated protocol resets);
// the client sees the TCP connection end. A new connection is accepted on
// the same port afterwards.
QtObject {
    id: root
    property var ss: null
    property int firstPort: 0
    property int opens: 0
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        supportedSubprotocols: ["chat"]
        onNameChanged: console.log("server nameChanged", JSON.stringify(server.name))
        onListenChanged: console.log("server listenChanged", server.listen)
        onPortChanged: console.log("server portChanged")
        onErrorStringChanged: console.log("server errorStringChanged", server.errorString)
        onClientConnected: function(webSocket) {
            console.log("server clientConnected", st(webSocket.status), JSON.stringify(webSocket.negotiatedSubprotocol))
            if (root.ss !== null) {
                webSocket.active = false
                return
            }
            root.ss = webSocket
            webSocket.onStatusChanged.connect(function(s) {
                console.log("ss status", st(s), JSON.stringify(webSocket.errorString), webSocket.active,
                            JSON.stringify(webSocket.negotiatedSubprotocol))
            })
            webSocket.onNegotiatedSubprotocolChanged.connect(function() {
                console.log("ss negotiatedSubprotocolChanged", JSON.stringify(webSocket.negotiatedSubprotocol))
            })
            webSocket.onActiveChanged.connect(function(a) { console.log("ss activeChanged", a) })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        requestedSubprotocols: ["chat"]
        onStatusChanged: function(s) {
            console.log("client status", st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Open && ++root.opens === 1) {
                console.log("renaming")
                server.name = "renamed"
                console.log("after rename", server.listen, server.port === root.firstPort, st(root.ss.status),
                            root.ss.active, JSON.stringify(server.errorString))
            } else if (s === WebSocket.Closed && root.opens === 1) {
                client.active = false
                client.active = true
            } else if (s === WebSocket.Closed && root.opens === 2) {
                Qt.quit()
            }
        }
    }
    Component.onCompleted: {
        firstPort = server.port
        client.url = server.url
        client.active = true
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
