import QtQml
import QtWebSockets

// The document's root object is the WebSocketServer itself, with the client
// in one of its properties; its handlers use its own properties unqualified.
WebSocketServer {
    id: server
    listen: true
    property int served: 0
    onClientConnected: function(webSocket) {
        served++
        console.log("clientConnected", served, "listen", listen, "port > 0", port > 0, "url is server url", url === server.url)
        webSocket.textMessageReceived.connect(function(m) {
            console.log("server got", m)
            webSocket.sendTextMessage(m.toUpperCase())
        })
    }
    property WebSocket client: WebSocket {
        url: server.url
        active: true
        onStatusChanged: function(s) {
            console.log("client status", s)
            if (s === WebSocket.Open)
                sendTextMessage("shout")
        }
        onTextMessageReceived: function(m) {
            console.log("client got", m)
            active = false
            Qt.quit()
        }
    }
}
