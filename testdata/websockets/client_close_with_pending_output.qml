import QtQml
import QtWebSockets

// active = false with more queued output than the kernel takes at once
// (16 MiB): the socket goes to 2 Closing synchronously but reports
// 3 Closed only once its output is written (later, from the event loop);
// with little output both come at once (client_close_by_client). The
// message still arrives whole before the close. The server side's events
// are collected and printed at the end (they race with the client's).
QtObject {
    id: root
    property var serverLog: []
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.onBinaryMessageReceived.connect(function(m) { root.serverLog.push("binary " + m.byteLength) })
            webSocket.onStatusChanged.connect(function(s) {
                root.serverLog.push("status " + root.st(s))
                if (s === WebSocket.Closed) {
                    console.log("server side:", JSON.stringify(root.serverLog))
                    Qt.quit()
                }
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), JSON.stringify(client.errorString), client.active)
            if (s === WebSocket.Open) {
                console.log("sent", client.sendBinaryMessage(new ArrayBuffer(16 * 1024 * 1024)))
                client.active = false
                console.log("after active = false", root.st(client.status))
            }
        }
    }
    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
