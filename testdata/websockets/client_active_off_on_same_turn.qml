import QtQml
import QtWebSockets

// active = false and active = true in the same turn on an open client: the
// connection closes and a new one opens (the server sees a second client).
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property int n: 0
    property int opens: 0

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            var id = ++root.n
            console.log("server clientConnected", id)
            webSocket.statusChanged.connect(function(s) { console.log("server socket", id, "status", root.st(s)) })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onActiveChanged: function(a) { console.log("client activeChanged", a) }
        onStatusChanged: function(s) {
            console.log("client status", root.st(s))
            if (s === WebSocket.Open) {
                if (++root.opens === 1) {
                    client.active = false
                    client.active = true
                    console.log("after off/on", root.st(client.status))
                } else {
                    done.start()
                }
            }
        }
    }
    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer done: Timer {
        id: done
        interval: 200
        onTriggered: {
            client.active = false
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
