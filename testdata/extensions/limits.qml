import QtQml
import QmlRun.WebSockets

// qmlrun extensions: maxAllowedIncomingFrameSize on a client (a longer
// frame closes with 1009, seen on both sides), and a server with
// maxPendingConnections: 0, which closes every connection before its
// handshake (serverError(1006)).
QtObject {
    id: root
    property var events: []

    // Prints the events of a step sorted (their order between the two
    // sides is not defined) once there are n of them, then runs next.
    function collect(line, n, next) {
        events.push(line)
        if (events.length < n)
            return
        events.sort()
        for (var i = 0; i < events.length; i++)
            console.log(events[i])
        events = []
        next()
    }
    function refuse() {
        refused.url = full.url
        refused.active = true
    }

    property WebSocketServer server: WebSocketServer {
        listen: true
        onClientConnected: function (ws) {
            ws.sendTextMessage("0123456789") // 10 bytes: allowed
            ws.sendTextMessage("0123456789a") // 11 bytes: one too many
            ws.onStatusChanged.connect(function (s) {
                if (s === WebSocket.Closed)
                    root.collect("server side closed: " + ws.closeCode + " " + ws.closeReason, 2, root.refuse)
            })
        }
    }

    property WebSocket client: WebSocket {
        maxAllowedIncomingFrameSize: 10
        onTextMessageReceived: function (m) { console.log("client got", m) }
        onStatusChanged: function (s) {
            if (s === WebSocket.Closed) {
                root.collect("client closed: " + closeCode + " " + closeReason, 2, root.refuse)
            }
        }
    }

    property WebSocketServer full: WebSocketServer {
        listen: true
        maxPendingConnections: 0
        onClientConnected: console.log("not reached")
        onServerError: function (code) { root.collect("full server: serverError " + code + " " + errorString, 2, Qt.quit) }
    }

    property WebSocket refused: WebSocket {
        onStatusChanged: function (s) {
            if (s === WebSocket.Error)
                root.collect("refused client: " + errorString, 2, Qt.quit)
        }
    }

    Component.onCompleted: {
        console.log("maxAllowedIncomingFrameSize", client.maxAllowedIncomingFrameSize, "maxPendingConnections", full.maxPendingConnections)
        client.url = server.url
        client.active = true
    }
    property Timer safety: Timer { interval: 5000; running: true; onTriggered: { console.log("timeout"); Qt.exit(1) } }
}
