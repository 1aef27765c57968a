// A chat server: every text message is broadcast to all connected clients,
// and joins and leaves are announced.
//
//   qmlrun testdata/examples/chat-server.qml -- 9001
import QtQml
import QtWebSockets

WebSocketServer {
    id: server
    readonly property var args: Qt.application.arguments
    property var clients: []
    property int joined: 0
    port: args.length > 2 ? Number(args[2]) : 8081
    listen: true

    function broadcast(text) {
        for (var i = 0; i < clients.length; i++)
            clients[i].sendTextMessage(text)
    }

    onClientConnected: function (ws) {
        var name = "user" + (++joined)
        clients.push(ws)
        broadcast(name + " joined")
        ws.onTextMessageReceived.connect(function (message) {
            broadcast(name + ": " + message)
        })
        ws.onStatusChanged.connect(function (status) {
            if (status !== WebSocket.Closed && status !== WebSocket.Error)
                return
            var i = clients.indexOf(ws)
            if (i < 0)
                return
            clients.splice(i, 1)
            broadcast(name + " left")
        })
    }
    Component.onCompleted: console.log("chat server listening on", url)
}
