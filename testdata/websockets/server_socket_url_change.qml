import QtQml
import QtWebSockets

// Setting url on an open server-side socket works as on a client: it
// closes (2 Closing, 3 Closed), emits urlChanged, and opens the new url as
// a client (0 Connecting synchronously, later 1 Open) — here a path on the
// same server, which sees a second client. The first client's statuses are
// collected and printed at the end (they race with the server's events).
QtObject {
    id: root
    property int n: 0
    property var ss: null
    property var clientLog: []
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            console.log("server clientConnected", ++root.n, webSocket.url)
            if (root.n === 1) {
                root.ss = webSocket
                webSocket.onStatusChanged.connect(function(s) {
                    console.log("ss status", st(s), JSON.stringify(webSocket.errorString), webSocket.active)
                    if (s === WebSocket.Open)
                        later.start()
                })
                webSocket.onUrlChanged.connect(function() { console.log("ss urlChanged", webSocket.url) })
                webSocket.url = server.url + "/other"
                console.log("after set", st(webSocket.status), webSocket.url)
            }
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) { root.clientLog.push(st(s)) }
    }
    property Timer later: Timer {
        id: later
        interval: 200
        onTriggered: {
            console.log("client statuses", JSON.stringify(root.clientLog))
            root.ss.active = false
            Qt.quit()
        }
    }
    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
