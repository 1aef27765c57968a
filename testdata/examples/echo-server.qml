// An echo server: every text or binary message comes back to its sender.
//
//   qmlrun testdata/examples/echo-server.qml            # port 8080
//   qmlrun testdata/examples/echo-server.qml -- 9000    # another port (0: any free port)
import QtQml
import QtWebSockets

WebSocketServer {
    id: server
    readonly property var args: Qt.application.arguments
    port: args.length > 2 ? Number(args[2]) : 8080
    listen: true
    onClientConnected: function (ws) {
        ws.onTextMessageReceived.connect(function (message) { ws.sendTextMessage(message) })
        ws.onBinaryMessageReceived.connect(function (message) { ws.sendBinaryMessage(message) })
    }
    onErrorStringChanged: console.error("echo-server:", errorString)
    Component.onCompleted: console.log("echo server listening on", url)
}
