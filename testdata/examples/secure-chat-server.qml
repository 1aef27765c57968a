// The chat server over wss:// (a qmlrun extension: Qt's QML
// WebSocketServer has no TLS). The certificate files are re-read when they
// change, so a renewed certificate needs no restart.
//
//   openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 \
//       -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1 \
//       -keyout key.pem -out cert.pem
//   qmlrun testdata/examples/secure-chat-server.qml -- 9443 cert.pem key.pem
import QtQml
import QmlRun.WebSockets

WebSocketServer {
    id: server
    readonly property var args: Qt.application.arguments
    property var clients: []
    property int joined: 0
    port: args.length > 2 ? Number(args[2]) : 9443
    secure: true
    certificateFile: args.length > 3 ? args[3] : "cert.pem"
    privateKeyFile: args.length > 4 ? args[4] : "key.pem"
    listen: true

    function broadcast(text) {
        for (var i = 0; i < clients.length; i++)
            clients[i].sendTextMessage(text)
    }

    onClientConnected: function (ws) {
        var name = "user" + (++joined)
        clients.push(ws)
        broadcast(name + " joined from " + ws.peerAddress)
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
            broadcast(name + " left (" + ws.closeCode + ")")
        })
    }
    onServerError: function (code) { console.warn("secure-chat-server:", errorString) }
    onErrorStringChanged: if (!listen) console.error("secure-chat-server:", errorString)
    Component.onCompleted: console.log("chat server listening on", url)
}
