import QtQml
import QtWebSockets

// Signal handlers written as plain expressions that use the signals'
// parameter names (message, status, webSocket, isActive, errorString, url).
QtObject {
    id: root

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: {
            console.log("clientConnected", typeof webSocket, webSocket.status)
            webSocket.sendTextMessage("hi")
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: console.log("statusChanged", status)
        onActiveChanged: console.log("activeChanged", isActive)
        onErrorStringChanged: console.log("errorStringChanged", JSON.stringify(errorString))
        onTextMessageReceived: {
            console.log("textMessageReceived", message)
            client.active = false
            later.start()
        }
    }
    Component.onCompleted: {
        client.url = server.url
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
