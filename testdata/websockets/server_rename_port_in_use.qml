import QtQml
import QtWebSockets

// A server that failed to listen on a busy port and is renamed: the new
// QWebSocketServer tries again and reports the error again
// (errorStringChanged with the same text); listen stays true.
QtObject {
    id: root
    property WebSocketServer first: WebSocketServer { id: first; listen: true }
    property WebSocketServer busy: WebSocketServer {
        id: busy
        onErrorStringChanged: console.log("busy errorStringChanged", JSON.stringify(busy.errorString))
        onListenChanged: console.log("busy listenChanged", busy.listen)
        onNameChanged: console.log("busy nameChanged", JSON.stringify(busy.name))
    }
    Component.onCompleted: {
        busy.port = first.port
        busy.listen = true
        console.log("listening", busy.listen, JSON.stringify(busy.errorString))
        busy.name = "renamed"
        console.log("renamed", busy.listen, JSON.stringify(busy.errorString))
        Qt.callLater(function() {
            console.log("later", busy.listen, JSON.stringify(busy.errorString))
            Qt.quit()
        })
    }
}
