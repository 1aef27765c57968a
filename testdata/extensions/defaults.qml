import QtQml
import QmlRun.WebSockets

// qmlrun extensions: the default values of the added properties, and the
// added methods (QtWebSockets' own types have none of them).
QtObject {
    property WebSocket client: WebSocket {}
    property WebSocketServer server: WebSocketServer {}

    Component.onCompleted: {
        console.log("client", client, client.status, client.active)
        console.log("peerAddress", JSON.stringify(client.peerAddress), "peerPort", client.peerPort, "peerName", JSON.stringify(client.peerName))
        console.log("origin", JSON.stringify(client.origin), "requestUrl", JSON.stringify(client.requestUrl.toString()))
        console.log("closeCode", client.closeCode, "closeReason", JSON.stringify(client.closeReason))
        console.log("maxAllowedIncomingFrameSize", client.maxAllowedIncomingFrameSize)
        console.log("maxAllowedIncomingMessageSize", client.maxAllowedIncomingMessageSize)
        console.log("caCertificateFile", JSON.stringify(client.caCertificateFile), "compression", client.compression)
        console.log("requestHeaders", JSON.stringify(client.requestHeaders()))
        console.log("typeof close", typeof client.close, "typeof ping", typeof client.ping)
        client.ping("x")
        client.close()
        console.log("after ping and close on a closed socket", client.status, client.closeCode)
        client.maxAllowedIncomingMessageSize = -1
        console.log("maxAllowedIncomingMessageSize", client.maxAllowedIncomingMessageSize)
        console.log("server", server, server.url)
        console.log("secure", server.secure, "certificateFile", JSON.stringify(server.certificateFile), "privateKeyFile", JSON.stringify(server.privateKeyFile))
        console.log("maxPendingConnections", server.maxPendingConnections, "handshakeTimeout", server.handshakeTimeout, "compression", server.compression)
        server.secure = true
        console.log("secure url", server.url)
        console.log("Open", WebSocket.Open)
        Qt.quit()
    }
}
