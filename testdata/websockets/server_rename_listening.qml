import QtQml
import QtWebSockets

// Renaming a listening server re-creates the underlying QWebSocketServer.
// Signals, listen/port afterwards, and whether a client can still connect.
QtObject {
    id: root
    property int firstPort: 0
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        name: "first"
        listen: true
        onListenChanged: console.log("server listenChanged", server.listen)
        onPortChanged: console.log("server portChanged", server.port > 0, server.port === root.firstPort)
        onUrlChanged: console.log("server urlChanged", server.url)
        onHostChanged: console.log("server hostChanged", server.host)
        onNameChanged: console.log("server nameChanged", JSON.stringify(server.name))
        onErrorStringChanged: console.log("server errorStringChanged", server.errorString)
        onClientConnected: function(webSocket) { console.log("server clientConnected", st(webSocket.status)) }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Open || s === WebSocket.Error)
                later.start()
        }
    }

    Component.onCompleted: {
        firstPort = server.port
        console.log("name", JSON.stringify(server.name), server.listen)
        server.name = "second"
        console.log("after rename", JSON.stringify(server.name), server.listen, server.port === firstPort)
        client.url = server.url
        client.active = true
    }
    property Timer later: Timer {
        id: later
        interval: 100
        onTriggered: {
            console.log("later", JSON.stringify(server.name), server.listen, server.port === firstPort)
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
