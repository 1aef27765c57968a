import QtQml
import QtWebSockets

// Five clients are activated in the same turn; the server counts them and
// greets each with its number; every client ends up Open with one message.
QtObject {
    id: root
    property int connected: 0
    property int greeted: 0
    property var clients: []

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            root.connected++
            webSocket.sendTextMessage("welcome")
        }
    }
    property Component factory: Component {
        id: factory
        WebSocket {
            property string got: ""
            onTextMessageReceived: function(m) {
                got = m
                if (++root.greeted === 5)
                    root.report()
            }
        }
    }
    function report() {
        console.log("server saw", connected, "clients")
        for (var i = 0; i < clients.length; i++)
            console.log("client", i, clients[i].status, clients[i].got)
        for (var j = 0; j < clients.length; j++)
            clients[j].active = false
        Qt.quit()
    }
    Component.onCompleted: {
        for (var i = 0; i < 5; i++)
            clients.push(factory.createObject(root, { url: server.url }))
        for (var k = 0; k < 5; k++)
            clients[k].active = true
        console.log("all connecting", clients.every(function(c) { return c.status === WebSocket.Connecting }))
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
