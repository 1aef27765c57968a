import QtQml
import QtQml.Models
import QtWebSockets

// Clients made by an Instantiator: each connects and says hello; setting
// active to false destroys them, and the server's sockets see the closes.
QtObject {
    id: root
    property int hellos: 0
    property int closed: 0
    property var serverSockets: []
    property WebSocketServer server: WebSocketServer {
        listen: true
        onClientConnected: function(s) {
            root.serverSockets.push(s)
            s.onTextMessageReceived.connect(function(m) {
                console.log("server got", m)
                if (++root.hellos === 3) {
                    console.log("all said hello; clients", inst.count)
                    inst.active = false
                    console.log("after active false", inst.count)
                }
            })
            s.onStatusChanged.connect(function(st) {
                if (st === WebSocket.Closed && ++root.closed === 3) {
                    console.log("all server sockets closed")
                    Qt.exit(0)
                }
            })
        }
    }
    property Instantiator inst: Instantiator {
        model: 0
        delegate: WebSocket {
            url: root.server.url
            active: true
            onStatusChanged: function(st) {
                console.log("client", index, "status", st)
                if (st === WebSocket.Open)
                    sendTextMessage("hello " + index)
            }
            Component.onDestruction: console.log("client", index, "destroyed, status", status)
        }
        onObjectAdded: (i, o) => console.log("added", i, o.status)
    }
    Component.onCompleted: inst.model = 3
    property Timer safety: Timer { interval: 3000; running: true; onTriggered: { console.log("timeout", root.hellos, root.closed); Qt.exit(2) } }
}
