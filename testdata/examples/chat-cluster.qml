// A chat server that runs as several processes: every text message from a
// client is published on NATS, and every message from the subscription is
// sent to this process's clients — so clients of different processes talk
// to each other. Joins and leaves are announced the same way.
//
// The first process runs an embedded NATS server that the others join:
//
//   qmlrun --nats-listen 127.0.0.1:4222 testdata/examples/chat-cluster.qml -- 9001
//   qmlrun testdata/examples/chat-cluster.qml -- 9002 nats://127.0.0.1:4222
//
// or every process uses a standalone nats-server: `-- PORT nats://HOST:4222`.
import QtQml
import QtWebSockets
import QmlRun.PubSub 1.0

WebSocketServer {
    id: server
    readonly property var args: Qt.application.arguments
    property var clients: []
    property int joined: 0
    // Names are unique across processes: user number @ port.
    readonly property string node: "@" + port
    port: args.length > 2 ? Number(args[2]) : 8081
    listen: true

    property Broker broker: Broker {
        url: server.args.length > 3 ? server.args[3] : "embedded"
        name: "chat-cluster" + server.node
        onStatusChanged: function (status) {
            if (status === Broker.Open)
                console.log("broker open", connectedUrl)
            else
                console.log("broker status", status, errorString)
        }
    }

    property Subscription room: Subscription {
        broker: server.broker
        subject: "chat.room"
        onSubscribedChanged: if (subscribed) console.log("subscribed to", subject)
        onMessageReceived: function (message) {
            for (var i = 0; i < server.clients.length; i++)
                server.clients[i].sendTextMessage(message)
        }
    }

    onClientConnected: function (ws) {
        var name = "user" + (++joined) + node
        clients.push(ws)
        broker.publish("chat.room", name + " joined")
        ws.onTextMessageReceived.connect(function (message) {
            broker.publish("chat.room", name + ": " + message)
        })
        ws.onStatusChanged.connect(function (status) {
            if (status !== WebSocket.Closed && status !== WebSocket.Error)
                return
            var i = clients.indexOf(ws)
            if (i < 0)
                return
            clients.splice(i, 1)
            broker.publish("chat.room", name + " left")
        })
    }
    Component.onCompleted: console.log("chat cluster listening on", url)
}
