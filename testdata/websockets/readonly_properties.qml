import QtQml
import QtWebSockets

// Assigning read-only properties from JavaScript: status, errorString,
// negotiatedSubprotocol of a WebSocket; url and errorString of a
// WebSocketServer. And the types of the methods.
QtObject {
    id: root
    property WebSocketServer server: WebSocketServer { id: server }
    property WebSocket client: WebSocket { id: client }
    function tryIt(label, f) {
        try {
            f()
            console.log(label, "ok")
        } catch (e) {
            console.log(label, "threw", e)
        }
    }
    Component.onCompleted: {
        tryIt("status", function() { client.status = WebSocket.Open })
        tryIt("errorString", function() { client.errorString = "x" })
        tryIt("negotiatedSubprotocol", function() { client.negotiatedSubprotocol = "x" })
        tryIt("server.url", function() { server.url = "ws://x" })
        tryIt("server.errorString", function() { server.errorString = "x" })
        console.log("after", client.status, JSON.stringify(client.errorString), JSON.stringify(client.negotiatedSubprotocol), server.url, JSON.stringify(server.errorString))
        console.log(typeof client.sendTextMessage, typeof client.sendBinaryMessage, typeof server.clientConnected, typeof client.textMessageReceived)
        console.log("active", typeof client.active, "url", typeof client.url, "status", typeof client.status, "port", typeof server.port, "accept", typeof server.accept, "requested", typeof client.requestedSubprotocols)
        Qt.quit()
    }
}
