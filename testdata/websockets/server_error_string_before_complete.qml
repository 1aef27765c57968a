import QtQml
import QtWebSockets

// errorString reads the QWebSocketServer's, which is made at
// componentComplete: bindings evaluated while the document is created see
// "QQmlWebSocketServer is not ready." and are not updated (no
// errorStringChanged when the server is made).
QtObject {
    id: root
    property string early: server.errorString
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        property string inner: errorString
        onErrorStringChanged: console.log("server errorStringChanged", JSON.stringify(server.errorString))
    }
    property WebSocketServer idle: WebSocketServer {
        id: idle
        property string inner: errorString
    }
    Component.onCompleted: {
        console.log("early", JSON.stringify(root.early))
        console.log("server", JSON.stringify(server.inner), JSON.stringify(server.errorString))
        console.log("idle", JSON.stringify(idle.inner), JSON.stringify(idle.errorString))
        var o = Qt.createQmlObject('import QtWebSockets; WebSocketServer { property string e: errorString }', root)
        console.log("created", JSON.stringify(o.e), JSON.stringify(o.errorString))
        Qt.quit()
    }
}
