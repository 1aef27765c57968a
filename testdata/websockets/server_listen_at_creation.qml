import QtQml
import QtWebSockets

// `listen: true` in the declaration: which change signals fire while the
// component is created, and the state once Component.onCompleted runs.
QtObject {
    id: root
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onListenChanged: console.log("listenChanged", server.listen)
        onPortChanged: console.log("portChanged", server.port > 0)
        onUrlChanged: console.log("urlChanged", server.url)
        onHostChanged: console.log("hostChanged", server.host)
        onErrorStringChanged: console.log("errorStringChanged", server.errorString)
        onAcceptChanged: console.log("acceptChanged", server.accept)
        onNameChanged: console.log("nameChanged", server.name)
    }

    Component.onCompleted: {
        console.log("completed listen", server.listen)
        console.log("port > 0", server.port > 0)
        console.log("host", server.host)
        console.log("url", server.url)
        console.log("errorString", JSON.stringify(server.errorString))
        timer.start()
    }

    // give queued signals a chance to show up
    property Timer timer: Timer {
        id: timer
        interval: 200
        onTriggered: {
            console.log("later listen", server.listen, "port > 0", server.port > 0)
            Qt.quit()
        }
    }
}
