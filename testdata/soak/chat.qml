// The chat server of the soak and churn test (cmd/wssoak): every text
// message is numbered and broadcast to all connected clients, so that
// each recipient can check that it got every message, in order.
//
//   qmlrun testdata/soak/chat.qml -- PORT [MAXBACKLOG]
//
// Protocol (text messages from a client):
//   "echo:..."  answered to the sender only, unchanged (the canary's probe)
//   "leave"     the sender leaves the broadcast; it gets "bye B", B being the
//               number of the last message broadcast to it, then a close
//               frame 1000
//   "stats"     answered with {"clients": N, "seq": S, "dropped": D}
//   anything else: seq+1 is assigned and "SEQ MESSAGE" is sent to every
//               client in the broadcast, the sender included
// A client joins the broadcast when it connects and gets "welcome W": it
// must then receive W+1, W+2, ... until it leaves.
//
// Slow consumers: the bytes queued to a client and not yet written to its
// socket are counted (sendTextMessage's size plus the frame header, minus
// bytesWritten); a client over MAXBACKLOG (default 1 MiB) is dropped with
// close code 1008 and counted in "dropped".
import QtQml
import QmlRun.WebSockets

WebSocketServer {
    id: server
    readonly property var args: Qt.application.arguments
    readonly property int maxBacklog: args.length > 3 ? Number(args[3]) : 1048576
    property var clients: new Map() // id -> {ws, backlog}
    property int seq: 0
    property int lastId: 0
    property int dropped: 0
    port: args.length > 2 ? Number(args[2]) : 0
    maxPendingConnections: 100000
    listen: true

    function frameSize(n) { return n + (n < 126 ? 2 : n < 65536 ? 4 : 10) }

    function send(st, text) {
        st.ws.sendTextMessage(text)
        st.backlog += frameSize(text.length)
        return st.backlog <= maxBacklog
    }

    function drop(st) {
        clients.delete(st.id)
        dropped++
        st.ws.close(1008, "slow consumer")
    }

    function broadcast(text) {
        var slow = []
        for (const st of clients.values()) {
            if (!send(st, text))
                slow.push(st)
        }
        for (var i = 0; i < slow.length; i++)
            drop(slow[i])
    }

    onClientConnected: function (ws) {
        var st = {ws: ws, id: ++lastId, backlog: 0}
        clients.set(st.id, st)
        send(st, "welcome " + seq)
        ws.onBytesWritten.connect(function (n) { st.backlog -= n })
        ws.onTextMessageReceived.connect(function (message) {
            if (message.startsWith("echo:")) {
                if (!send(st, message) && clients.has(st.id))
                    drop(st)
            } else if (message === "leave") {
                if (clients.delete(st.id)) {
                    ws.sendTextMessage("bye " + seq)
                    ws.close(1000, "")
                }
            } else if (message === "stats") {
                ws.sendTextMessage(JSON.stringify({clients: clients.size, seq: seq, dropped: dropped}))
            } else {
                broadcast(++seq + " " + message)
            }
        })
        ws.onStatusChanged.connect(function (status) {
            if (status === WebSocket.Closed || status === WebSocket.Error)
                clients.delete(st.id)
        })
    }
    Component.onCompleted: console.log("soak chat server listening on", url)
}
