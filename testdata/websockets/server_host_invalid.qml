import QtQml
import QtWebSockets

// Assigning a host that is not a numeric address ("nonsense") to a listening
// server: the server listens on the null address and reports 0.0.0.0.
QtObject {
    id: root
    property int firstPort: 0
    function u() { return String(server.url).replace(/:[0-9]+$/, ":N") }

    property WebSocketServer server: WebSocketServer {
        id: server
        // A fixed port below the ephemeral range (32768-60999 on Linux): rebinding
        // an ephemeral port fails when another process's outgoing connection holds it.
        port: 29872
        listen: true
        onListenChanged: console.log("listenChanged", server.listen)
        onPortChanged: console.log("portChanged", server.port > 0, server.port === root.firstPort)
        onUrlChanged: console.log("urlChanged", root.u())
        onHostChanged: console.log("hostChanged", server.host)
        onErrorStringChanged: console.log("errorStringChanged", server.errorString)
    }

    Component.onCompleted: {
        firstPort = server.port
        console.log("-- host = nonsense")
        server.host = "nonsense"
        console.log("after", server.listen, server.host, u(), server.port === firstPort, JSON.stringify(server.errorString))
        later.start()
    }
    property Timer later: Timer {
        id: later
        interval: 200
        onTriggered: {
            console.log("later", server.listen, server.host, server.port === firstPort, JSON.stringify(server.errorString))
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
