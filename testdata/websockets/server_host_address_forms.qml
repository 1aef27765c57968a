import QtQml
import QtWebSockets

// listen with host strings that QHostAddress reads as addresses: blanks
// trimmed, IPv4 short forms, uncompressed IPv6. host then reads the
// address the server listens on, in QHostAddress::toString form, and
// urlChanged fires for every host and port change even when the url text
// stays the same. An IPv4-mapped IPv6 address fails ("Unsupported socket
// operation"); errorString keeps the last error through later successful
// listens. Each case: listen off, port 0, host, listen on; the re-listen
// for the new port queues a listenChanged(false).
QtObject {
    id: root
    property int i: -1
    property var hosts: ["127.1", " 127.0.0.1", "127.0.0.1 ", "::ffff:127.0.0.1", "0:0:0:0:0:0:0:1",
                         "127.000.000.001", "", "0", "1.2.3.4", "2130706433", "0x7f000001", "127.0.0.2"]
    function show(u) { return String(u).replace(/:\d+$/, ":N") }
    property WebSocketServer server: WebSocketServer {
        id: server
        onHostChanged: console.log("  hostChanged", JSON.stringify(server.host).replace("0x", "<0x>"))
        onUrlChanged: console.log("  urlChanged", root.show(server.url))
        onErrorStringChanged: console.log("  errorStringChanged", JSON.stringify(server.errorString))
        onListenChanged: console.log("  listenChanged", server.listen)
    }
    function next() {
        if (++i >= hosts.length) {
            Qt.quit()
            return
        }
        server.listen = false
        server.port = 0
        console.log("host", JSON.stringify(hosts[i]).replace("0x", "<0x>"))
        server.host = hosts[i]
        server.listen = true
        console.log("  reads", JSON.stringify(server.host), root.show(server.url), server.port > 0,
                    JSON.stringify(server.errorString))
        Qt.callLater(next)
    }
    Component.onCompleted: next()
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
