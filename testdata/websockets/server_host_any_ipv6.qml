import QtQml
import QtWebSockets

// A server on host "::" (the IPv6 any address): a client on [::1] and one
// on 127.0.0.1; then a server on "0.0.0.0" with the same two clients.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property var servers: [v6, v4]
    property int step: 0
    property var urls: []

    property WebSocketServer v6: WebSocketServer {
        id: v6
        host: "::"
        listen: true
        onClientConnected: function(webSocket) { console.log("  :: server clientConnected") }
    }
    property WebSocketServer v4: WebSocketServer {
        id: v4
        host: "0.0.0.0"
        listen: true
        onClientConnected: function(webSocket) { console.log("  0.0.0.0 server clientConnected") }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("  client status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Open || s === WebSocket.Error)
                next.start()
        }
    }
    property Timer next: Timer {
        id: next
        interval: 50
        onTriggered: {
            client.active = false
            if (root.step === 4) {
                Qt.quit()
                return
            }
            var srv = root.step < 2 ? v6 : v4
            var host = root.step % 2 === 0 ? "[::1]" : "127.0.0.1"
            console.log((root.step < 2 ? "::" : "0.0.0.0") + " server, client to " + host)
            root.step++
            client.url = "ws://" + host + ":" + srv.port + "/"
            client.active = true
        }
    }
    Component.onCompleted: {
        console.log("v6", v6.host, String(v6.url).replace(/:\d+$/, ":N"), v6.listen, "v4", v4.host, String(v4.url).replace(/:\d+$/, ":N"), v4.listen)
        next.start()
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
