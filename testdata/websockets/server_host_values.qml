import QtQml
import QtWebSockets

// host assigned (not listening) to various strings: how host and url read.
QtObject {
    id: root
    property WebSocketServer server: WebSocketServer {
        id: server
        port: 1234
        onHostChanged: console.log("  hostChanged", JSON.stringify(server.host))
        onUrlChanged: console.log("  urlChanged", server.url)
    }
    Component.onCompleted: {
        var hosts = ["::1", "::", "0.0.0.0", "LOCALHOST", "Example.COM", "", "127.0.0.1", "[::1]", "fe80::1%lo"]
        for (var i = 0; i < hosts.length; i++) {
            console.log("host =", JSON.stringify(hosts[i]))
            server.host = hosts[i]
            console.log("  reads", JSON.stringify(server.host), server.url)
        }
        Qt.quit()
    }
}
