import QtQml
import QtWebSockets

// A client's errorString after an "Unsupported WebSocket scheme" error,
// when the same client then fails to connect (refused), connects
// successfully, and is refused again.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property int step: 0

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Error || s === WebSocket.Open)
                next.start()
        }
    }
    function go(u, label) {
        console.log("--", label)
        client.url = u
    }
    property Timer next: Timer {
        id: next
        interval: 50
        onTriggered: {
            switch (++root.step) {
            case 1: root.go("ws://127.0.0.1:1/", "refused"); break
            case 2: root.go(server.url, "server"); break
            case 3: root.go("ws://127.0.0.1:1/", "refused again"); break
            default:
                client.active = false
                Qt.quit()
            }
        }
    }
    Component.onCompleted: {
        client.active = true
        root.go("http://127.0.0.1:1/", "http scheme")
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
