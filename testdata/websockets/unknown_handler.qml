import QtQml
import QtWebSockets

// A handler for a signal WebSocket does not have: load error.
QtObject {
    property WebSocket client: WebSocket {
        onMessageReceived: console.log(message)
    }
    Component.onCompleted: Qt.quit()
}
