import QtQml
import QtWebSockets 1.8

// `import QtWebSockets 1.8` is refused: the module is not installed in that version.
QtObject {
    property WebSocket client: WebSocket {}
    Component.onCompleted: {
        console.log("loaded")
        Qt.quit()
    }
}
