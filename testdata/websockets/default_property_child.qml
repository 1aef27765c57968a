import QtQml
import QtWebSockets

// A WebSocket declared as a child object of a WebSocketServer (neither type
// has a default property).
QtObject {
    property WebSocketServer server: WebSocketServer {
        WebSocket { }
    }
    Component.onCompleted: Qt.quit()
}
