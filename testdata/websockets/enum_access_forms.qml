import QtQml
import QtWebSockets

// Ways of reaching the Status enum: through the type, through an instance,
// through the enum's name; typeof the type names.
QtObject {
    property WebSocket client: WebSocket { id: client }
    Component.onCompleted: {
        console.log("WebSocket.Open", WebSocket.Open, "WebSocket.Error", WebSocket.Error)
        console.log("client.Open", client.Open, "client.Closed", client.Closed)
        console.log("WebSocket.Status", typeof WebSocket.Status, "WebSocket.Status.Open", WebSocket.Status ? WebSocket.Status.Open : "n/a")
        console.log("typeof WebSocket", typeof WebSocket, "typeof WebSocketServer", typeof WebSocketServer)
        console.log("WebSocket.Nope", WebSocket.Nope, "WebSocketServer.Open", WebSocketServer.Open)
        console.log("status === WebSocket.Closed", client.status === WebSocket.Closed)
        Qt.quit()
    }
}
