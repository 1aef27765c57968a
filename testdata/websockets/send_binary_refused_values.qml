import QtQml
import QtWebSockets

// sendBinaryMessage with values Qt cannot convert to a QByteArray: typed
// arrays, DataView, a plain object, undefined. Each call throws a TypeError and
// prints a warning; the socket stays open and nothing is sent.
QtObject {
    id: root

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.binaryMessageReceived.connect(function(m) {
                console.log("server received binary", m === null ? "null" : m.byteLength)
                if (m !== null && m.byteLength === 1) // the marker sent last
                    Qt.quit()
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            if (s !== WebSocket.Open)
                return
            var samples = [
                ["Uint8Array", new Uint8Array([4, 5, 6])],
                ["Uint16Array", new Uint16Array([0x0102, 0x0304])],
                ["DataView", new DataView(new Uint8Array([7, 8]).buffer)],
                ["object", { a: 1 }],
                ["undefined", undefined]
            ]
            for (var i = 0; i < samples.length; i++) {
                try {
                    var n = client.sendBinaryMessage(samples[i][1])
                    console.log("sendBinaryMessage", samples[i][0], "returned", n)
                } catch (e) {
                    console.log("sendBinaryMessage", samples[i][0], "threw", e.name, e.message)
                }
            }
            console.log("status after sends", client.status, JSON.stringify(client.errorString))
            console.log("marker returned", client.sendBinaryMessage(new Uint8Array([1]).buffer))
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
