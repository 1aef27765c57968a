import QtQml
import QtWebSockets

// `host: "localhost"` with `listen: true` in the declaration. "localhost" is
// not a numeric address; Qt listens on the null address and rewrites host.
QtObject {
    id: root
    function u() { return String(server.url).replace(/:[0-9]+$/, ":N") }

    property WebSocketServer server: WebSocketServer {
        id: server
        host: "localhost"
        listen: true
        onListenChanged: console.log("listenChanged", server.listen)
        onPortChanged: console.log("portChanged", server.port > 0)
        onUrlChanged: console.log("urlChanged", root.u())
        onHostChanged: console.log("hostChanged", server.host)
        onErrorStringChanged: console.log("errorStringChanged", server.errorString)
    }

    Component.onCompleted: {
        console.log("completed", server.listen, server.host, u(), server.port > 0, JSON.stringify(server.errorString))
        later.start()
    }
    property Timer later: Timer {
        id: later
        interval: 200
        onTriggered: {
            console.log("later", server.listen, server.host, u(), server.port > 0, JSON.stringify(server.errorString))
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
