import QtQml
import QtWebSockets

// sendTextMessage while the client is still Connecting: return value, status
// change to Error, and whether the connection still opens afterwards.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            console.log("server clientConnected")
            webSocket.textMessageReceived.connect(function(m) { console.log("server received", m) })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) { console.log("client status", root.st(s), JSON.stringify(client.errorString)) }
    }

    Component.onCompleted: {
        client.url = server.url
        client.active = true
        console.log("connecting", root.st(client.status))
        console.log("sendTextMessage returned", client.sendTextMessage("too early"))
        console.log("after send", root.st(client.status), JSON.stringify(client.errorString))
        later.start()
    }
    property Timer later: Timer {
        id: later
        interval: 300
        onTriggered: {
            console.log("final", root.st(client.status), JSON.stringify(client.errorString))
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
