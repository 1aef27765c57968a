import QtQml
import QtWebSockets

// Setting `port` back to 0 on a listening server: signals, the new port, and
// whether the server is still listening afterwards.
QtObject {
    id: root
    property int firstPort: 0

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onListenChanged: console.log("listenChanged", server.listen)
        onPortChanged: console.log("portChanged", server.port > 0, server.port === root.firstPort)
        onUrlChanged: console.log("urlChanged", server.url)
        onHostChanged: console.log("hostChanged", server.host)
        onErrorStringChanged: console.log("errorStringChanged", server.errorString)
    }

    Component.onCompleted: {
        firstPort = server.port
        console.log("listening", server.listen, server.port > 0)
        console.log("-- port = 0")
        server.port = 0
        console.log("after", server.listen, server.port > 0, server.port === firstPort)
        later.start()
    }

    property Timer later: Timer {
        id: later
        interval: 200
        onTriggered: {
            console.log("later", server.listen, server.port > 0, server.port === firstPort)
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
