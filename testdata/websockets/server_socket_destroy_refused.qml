import QtQml
import QtWebSockets

// The server-side WebSocket is created by C++ in Qt: destroy() on it is
// refused ("Invalid attempt to destroy() an indestructible object") and
// the connection goes on; the socket is closed with active = false.
QtObject {
    id: root
    property var ss: null
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            root.ss = webSocket
            webSocket.onTextMessageReceived.connect(function(m) {
                console.log("server side received", m)
                try {
                    webSocket.destroy()
                } catch (e) {
                    console.log("destroy threw", e)
                }
                webSocket.sendTextMessage("still here " + webSocket.status)
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", s, JSON.stringify(client.errorString))
            if (s === WebSocket.Open)
                client.sendTextMessage("hello")
            else if (s === WebSocket.Closed)
                Qt.quit()
        }
        onTextMessageReceived: function(m) {
            console.log("client received", m)
            later.start()
        }
    }
    property Timer later: Timer {
        id: later
        interval: 50
        onTriggered: {
            console.log("server side socket", root.ss !== null, root.ss.status)
            root.ss.active = false
        }
    }
    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
