import QtQml
import QtWebSockets as WS

// With only a qualified import, the enum through the unqualified name is a
// ReferenceError at run time; through the qualifier it works.
QtObject {
    property WS.WebSocket client: WS.WebSocket {}
    Component.onCompleted: {
        console.log("qualified", WS.WebSocket.Closed, client.status === WS.WebSocket.Closed)
        try {
            console.log("unqualified", WebSocket.Closed)
        } catch (e) {
            console.log("unqualified threw", e.name, e.message)
        }
        Qt.quit()
    }
}
