import QtQml
import QtWebSockets 1.0

// onBinaryMessageReceived was added in revision 1.1: with an import of 1.0 the
// document does not load.
QtObject {
    property WebSocket client: WebSocket {
        onBinaryMessageReceived: function(message) { console.log("binary", message.byteLength) }
    }
    Component.onCompleted: {
        console.log("loaded")
        Qt.quit()
    }
}
