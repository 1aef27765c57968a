import QtQml
import QtWebSockets

// A second server asks for the port the first one is listening on.
QtObject {
    id: root
    property WebSocketServer first: WebSocketServer {
        id: first
        listen: true
    }
    property WebSocketServer second: WebSocketServer {
        id: second
        onListenChanged: console.log("second listenChanged", second.listen)
        onPortChanged: console.log("second portChanged", second.port === first.port)
        onUrlChanged: console.log("second urlChanged", second.url)
        onErrorStringChanged: function(e) { console.log("second errorStringChanged", JSON.stringify(e)) }
    }

    Component.onCompleted: {
        console.log("first", first.listen, first.port > 0)
        second.port = first.port
        console.log("-- listen = true")
        second.listen = true
        console.log("second", second.listen, second.port === first.port, JSON.stringify(second.errorString))
        later.start()
    }
    property Timer later: Timer {
        id: later
        interval: 200
        onTriggered: {
            console.log("later second", second.listen, JSON.stringify(second.errorString))
            console.log("later first", first.listen, JSON.stringify(first.errorString))
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
