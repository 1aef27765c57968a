import QtQml
import QtWebSockets

// A declaration that sets the read-only status property: load error.
QtObject {
    property WebSocket client: WebSocket {
        status: WebSocket.Open
    }
    Component.onCompleted: Qt.quit()
}
