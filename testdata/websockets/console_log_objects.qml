import QtQml
import QtWebSockets

// How WebSocket and WebSocketServer objects print, with and without
// objectName, and how their url properties print and compare.
QtObject {
    id: root

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            console.log("server-side socket", webSocket, String(webSocket))
            webSocket.objectName = "peer"
            console.log("named server-side socket", webSocket)
            console.log("url", webSocket.url, typeof webSocket.url, String(webSocket.url) === webSocket.url.toString())
            client.active = false
            later.start()
        }
    }
    property WebSocket client: WebSocket {
        id: client
    }
    property WebSocket named: WebSocket {
        objectName: "named client"
    }
    property WebSocket extended: WebSocket {
        property int extra: 1
    }
    property WebSocketServer namedServer: WebSocketServer {
        objectName: "srv"
    }
    Component.onCompleted: {
        console.log("server", server, String(server))
        console.log("named server", namedServer)
        console.log("client", client, client.toString())
        console.log("named client", named)
        console.log("extended client", extended)
        console.log("server url", typeof server.url, server.url == server.url.toString(), JSON.stringify(server.url))
        console.log("client url before", JSON.stringify(client.url), typeof client.url, client.url == "")
        client.url = server.url
        console.log("client url after", client.url == server.url, client.url === server.url, client.url.toString() === server.url.toString())
        client.active = true
    }
    property Timer later: Timer {
        id: later
        interval: 100
        onTriggered: Qt.quit()
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
