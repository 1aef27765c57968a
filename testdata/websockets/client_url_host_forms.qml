import QtQml
import QtWebSockets

// A client url's host is normalised as QUrl parses it: IPv4 short forms
// ("127.1", one 32-bit number, hex parts, leading zeros) become 127.0.0.1,
// an uncompressed IPv6 address is compressed; the url reads the normalised
// form, the connection goes there and the Host header (the server-side
// socket's url) carries it.
// Ports are printed as N; "0x" as "<0x>" (the recorder rewrites hex).
QtObject {
    id: root
    property int i: -1
    property var hosts: ["127.1", "2130706433", "0x7f.0.0.1", "127.000.000.001",
                         "[0:0:0:0:0:0:0:1]", "[::ffff:127.0.0.1]"]
    function show(u) { return String(u).replace(/:(\d+)(\/|$)/, ":N$2").replace("0x", "<0x>") }
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        host: "0.0.0.0"
        onClientConnected: function(webSocket) { console.log("  server (IPv4) side url", root.show(webSocket.url)) }
    }
    property WebSocketServer server6: WebSocketServer {
        id: server6
        listen: true
        host: "::1"
        port: server.port
        onClientConnected: function(webSocket) { console.log("  server (IPv6) side url", root.show(webSocket.url)) }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("  status", s, JSON.stringify(client.errorString))
            if (s === WebSocket.Open)
                client.active = false
            else if (s === WebSocket.Closed && client.errorString === "" && !client.active)
                Qt.callLater(root.next)
            else if (s === WebSocket.Error)
                Qt.callLater(root.next)
        }
    }
    function next() {
        if (++i >= hosts.length) {
            Qt.quit()
            return
        }
        client.active = false
        client.url = "ws://" + hosts[i] + ":" + server.port + "/p"
        console.log("case", root.show(hosts[i]), root.show(client.url))
        client.active = true
    }
    Component.onCompleted: Qt.callLater(next)
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
