import QtQml
import QmlRun.WebSockets

// qmlrun extensions for operating a server: the defaults of the limits
// (README "Operating a server"), bufferedAmount and bufferFull.
QtObject {
    property WebSocket client: WebSocket {}
    property WebSocketServer server: WebSocketServer {}

    Component.onCompleted: {
        console.log("bufferedAmount", client.bufferedAmount, "typeof bufferFull", typeof client.bufferFull)
        console.log("maxConnections", server.maxConnections, "allowedOrigins", JSON.stringify(server.allowedOrigins))
        console.log("maxHeaderSize", server.maxHeaderSize, "idleTimeout", server.idleTimeout)
        console.log("maxBufferedAmount", server.maxBufferedAmount, "maxBufferedMessages", server.maxBufferedMessages, "bufferFullTimeout", server.bufferFullTimeout)
        server.allowedOrigins = ["https://example.com"]
        server.maxConnections = 100
        console.log("set", JSON.stringify(server.allowedOrigins), server.maxConnections)
        console.log("sendTextMessage when closed", client.sendTextMessage("x"), client.bufferedAmount)
        Qt.quit()
    }
}
