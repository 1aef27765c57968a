import QtQml
import QtWebSockets

// Changing `host` of a listening server (127.0.0.1 -> 0.0.0.0 -> 127.0.0.1).
QtObject {
    id: root
    property int firstPort: 0
    function u() { return String(server.url).replace(/:[0-9]+$/, ":N") }

    property WebSocketServer server: WebSocketServer {
        id: server
        // A fixed port below the ephemeral range (32768-60999 on Linux): rebinding
        // an ephemeral port fails when another process's outgoing connection holds it.
        port: 29871
        listen: true
        onListenChanged: console.log("listenChanged", server.listen)
        onPortChanged: console.log("portChanged", server.port > 0, server.port === root.firstPort)
        onUrlChanged: console.log("urlChanged", root.u())
        onHostChanged: console.log("hostChanged", server.host)
        onErrorStringChanged: console.log("errorStringChanged", server.errorString)
    }

    Component.onCompleted: {
        firstPort = server.port
        console.log("listening", server.listen, server.host, u())
        console.log("-- host = 0.0.0.0")
        server.host = "0.0.0.0"
        console.log("after", server.listen, server.host, u(), server.port === firstPort)
        step2.start()
    }
    property Timer step2: Timer {
        id: step2
        interval: 100
        onTriggered: {
            console.log("later", server.listen, server.host, server.port === firstPort)
            console.log("-- host = 127.0.0.1")
            server.host = "127.0.0.1"
            console.log("after", server.listen, server.host, u(), server.port === firstPort)
            step3.start()
        }
    }
    property Timer step3: Timer {
        id: step3
        interval: 100
        onTriggered: {
            console.log("later", server.listen, server.host, server.port === firstPort)
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
