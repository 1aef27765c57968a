import QtQml
import QtWebSockets

// `listen = true` assigned after creation with an automatic port. Qt picks the
// port, re-listens because the port changed, and the close that this causes
// later switches `listen` back to false.
QtObject {
    property WebSocketServer server: WebSocketServer {
        id: server
        onListenChanged: console.log("listenChanged", server.listen)
        onPortChanged: console.log("portChanged", server.port > 0)
        onUrlChanged: console.log("urlChanged", server.url)
        onHostChanged: console.log("hostChanged", server.host)
        onErrorStringChanged: console.log("errorStringChanged", server.errorString)
    }

    Component.onCompleted: {
        console.log("before", server.listen, server.url)
        server.listen = true
        console.log("after assignment", server.listen, server.port > 0, server.url)
        timer.start()
    }

    property Timer timer: Timer {
        id: timer
        interval: 200
        onTriggered: {
            console.log("later", server.listen, server.port > 0, server.url)
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
