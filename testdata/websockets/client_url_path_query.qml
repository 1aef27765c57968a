import QtQml
import QtWebSockets

// A client url with a path, a query and a fragment: what the client's url
// reads and what the server-side socket's url shows.
QtObject {
    id: root
    function norm(u) { return String(u).replace(/:\d+/, ":N") }
    property int step: 0
    property var paths: ["/chat/room%201?user=x&y=%C3%A9", "/a b/é?q=1#frag", "/path/", "?only=query"]

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            console.log("server-side url", root.norm(webSocket.url))
            webSocket.statusChanged.connect(function(s) {
                if (s === WebSocket.Closed)
                    root.next()
            })
            client.active = false
        }
    }
    property WebSocket client: WebSocket {
        id: client
    }
    function next() {
        if (step === paths.length) {
            Qt.quit()
            return
        }
        var p = paths[step++]
        client.url = server.url + p
        console.log("client url", JSON.stringify(p), "->", root.norm(client.url))
        client.active = true
    }
    Component.onCompleted: next()
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
