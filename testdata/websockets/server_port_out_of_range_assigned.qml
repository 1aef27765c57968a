import QtQml
import QtWebSockets

// Assigning ports outside 0-65535 to a server that is not listening; the
// borders 65535 and 0 are accepted.
QtObject {
    property WebSocketServer server: WebSocketServer {
        id: server
        onPortChanged: console.log("portChanged", server.port)
        onUrlChanged: console.log("urlChanged", server.url.toString().endsWith(":" + server.port))
    }

    Component.onCompleted: {
        server.port = -1
        console.log("port", server.port)
        server.port = 70000
        console.log("port", server.port)
        server.port = 65536
        console.log("port", server.port)
        server.port = 65535
        console.log("port", server.port)
        server.port = 0
        console.log("port", server.port)
        Qt.quit()
    }
}
