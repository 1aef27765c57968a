import QtQml
import QtWebSockets

// WebSocket property values when nothing is set, and the Status enum values.
QtObject {
    property WebSocket client: WebSocket {}

    Component.onCompleted: {
        console.log("url", JSON.stringify(client.url.toString()), "typeof", typeof client.url)
        console.log("status", client.status)
        console.log("active", client.active)
        console.log("errorString", JSON.stringify(client.errorString))
        console.log("requestedSubprotocols", JSON.stringify(client.requestedSubprotocols), client.requestedSubprotocols.length)
        console.log("negotiatedSubprotocol", JSON.stringify(client.negotiatedSubprotocol))
        console.log("Connecting", WebSocket.Connecting)
        console.log("Open", WebSocket.Open)
        console.log("Closing", WebSocket.Closing)
        console.log("Closed", WebSocket.Closed)
        console.log("Error", WebSocket.Error)
        console.log("client", client)
        console.log("typeof sendTextMessage", typeof client.sendTextMessage)
        console.log("typeof sendBinaryMessage", typeof client.sendBinaryMessage)
        console.log("typeof ping", typeof client.ping)
        console.log("typeof open", typeof client.open, "typeof close", typeof client.close)
        Qt.quit()
    }
}
