// A client: connects to the url given as argument, sends a message, prints
// the first reply and quits (exit code 1 on a connection error).
//
//   qmlrun testdata/examples/client.qml -- ws://127.0.0.1:8080 hello
import QtQml
import QtWebSockets

WebSocket {
    id: socket
    readonly property var args: Qt.application.arguments
    url: args.length > 2 ? args[2] : "ws://127.0.0.1:8080"
    active: true
    onStatusChanged: function (status) {
        if (status === WebSocket.Open) {
            sendTextMessage(args.length > 3 ? args[3] : "hello")
        } else if (status === WebSocket.Error) {
            console.error("client:", errorString)
            Qt.exit(1)
        }
    }
    onTextMessageReceived: function (message) {
        console.log("received:", message)
        active = false
        Qt.quit()
    }
}
