import QtQml
import QtWebSockets

// Reconnecting from inside the statusChanged(Error) handler (active off and
// on, nested in the emission) to a port where nothing listens, three times;
// then the url is pointed at a real server from the handler.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property int tries: 0

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) { console.log("server clientConnected") }
    }
    property WebSocket client: WebSocket {
        id: client
        url: "ws://127.0.0.1:1/"
        onActiveChanged: function(a) { console.log("activeChanged", a) }
        onStatusChanged: function(s) {
            console.log("status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Error) {
                if (++root.tries < 3) {
                    client.active = false
                    client.active = true
                    console.log("  retried", root.st(client.status))
                } else if (root.tries === 3) {
                    client.url = server.url
                    console.log("  retargeted", root.st(client.status))
                }
            } else if (s === WebSocket.Open) {
                done.start()
            }
        }
    }
    Component.onCompleted: client.active = true
    property Timer done: Timer {
        id: done
        interval: 50
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
