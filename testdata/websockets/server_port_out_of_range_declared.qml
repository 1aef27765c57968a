import QtQml
import QtWebSockets

// `port: 70000` in the declaration is refused with a warning; port stays 0 and
// the server still listens on an automatic port.
QtObject {
    property WebSocketServer server: WebSocketServer {
        id: server
        port: 70000
        listen: true
        onPortChanged: console.log("portChanged", server.port > 0)
        onListenChanged: console.log("listenChanged", server.listen)
    }

    Component.onCompleted: {
        console.log("port > 0", server.port > 0, "listen", server.listen, "url", server.url)
        Qt.quit()
    }
}
