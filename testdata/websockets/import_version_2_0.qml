import QtQml
import QtWebSockets 2.0

// `import QtWebSockets 2.0` is refused: the module is not installed in that version.
QtObject {
    property WebSocket client: WebSocket {}
    Component.onCompleted: {
        console.log("loaded")
        Qt.quit()
    }
}
