import QtQml
import QtWebSockets

// A server on the IPv6 loopback (host "::1" declared): how host and url read
// and the url of the server-side socket; a client connects through the url.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    function norm(u) { return String(u).replace(/\]:\d+/, "]:N").replace(/::1:\d+/, "::1:N") }

    property WebSocketServer server: WebSocketServer {
        id: server
        host: "::1"
        listen: true
        onClientConnected: function(webSocket) {
            console.log("server clientConnected", root.norm(webSocket.url))
            webSocket.sendTextMessage("hi over v6")
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) { console.log("client status", root.st(s), JSON.stringify(client.errorString)) }
        onTextMessageReceived: function(m) {
            console.log("client got", m)
            client.active = false
            later.start()
        }
    }
    Component.onCompleted: {
        console.log("host", server.host, "url", root.norm(server.url), "listen", server.listen, "port > 0", server.port > 0)
        client.url = server.url
        console.log("client url", root.norm(client.url))
        client.active = true
    }
    property Timer later: Timer {
        id: later
        interval: 100
        onTriggered: {
            console.log("final listen", server.listen)
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
