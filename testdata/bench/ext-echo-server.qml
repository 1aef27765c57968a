// The echo server on QmlRun.WebSockets' server, for measuring the
// extensions (testdata/bench/README.md):
//
//   qmlrun testdata/bench/ext-echo-server.qml -- PORT [deflate] [CERT KEY]
//
// "deflate" turns on permessage-deflate; a certificate and key serve wss://.
import QtQml
import QmlRun.WebSockets

WebSocketServer {
    readonly property var args: Qt.application.arguments.slice(2)
    readonly property var files: args.filter(function (a) { return a.indexOf(".pem") > 0 })
    port: args.length > 0 ? Number(args[0]) : 8080
    compression: args.indexOf("deflate") >= 0
    secure: files.length === 2
    certificateFile: files.length === 2 ? files[0] : ""
    privateKeyFile: files.length === 2 ? files[1] : ""
    maxPendingConnections: 1000
    listen: true
    onClientConnected: function (ws) {
        ws.onTextMessageReceived.connect(function (message) { ws.sendTextMessage(message) })
        ws.onBinaryMessageReceived.connect(function (message) { ws.sendBinaryMessage(message) })
    }
    onErrorStringChanged: console.error("ext-echo-server:", errorString)
    Component.onCompleted: console.log("echo server listening on", url)
}
