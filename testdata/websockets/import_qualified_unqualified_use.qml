import QtQml
import QtWebSockets as WS

// With only a qualified import, the unqualified type name is unknown.
QtObject {
    property WS.WebSocket client: WebSocket {}
    Component.onCompleted: {
        console.log("loaded")
        Qt.quit()
    }
}
