import QtQml
import QtWebSockets 1.4

// `import QtWebSockets 1.4` is still accepted.
QtObject {
    property WebSocket client: WebSocket {}
    property WebSocketServer server: WebSocketServer {}
    Component.onCompleted: {
        console.log("loaded", client.status, server.listen)
        Qt.quit()
    }
}
