import QtQml
import QtWebSockets

// sendBinaryMessage with a number sends its text as Qt converts a number to
// a QByteArray: an int32 as an integer; any other number as
// QByteArray::number(d, 'g', shortest) writes it — the shorter of decimal
// and exponent form (two exponent digits at least), decimal on a tie; nan,
// inf, -inf; -0 as 0. sendTextMessage sends the JavaScript text instead.
QtObject {
    id: root
    property var received: []
    property var nums: [NaN, Infinity, -Infinity, -0, 0.1 + 0.2, 1e-7, 0.001, 0.0001, 0.00012, 1e-5,
                        123456789012345680000, 1e21, 2147483647, 2147483648, -2147483649, 1e15,
                        12345e10, 1234567800000, 12345678901200000, 1.2345678901234568e21, 1e16,
                        123456789.125, 1.5, -7, -1.5e-10, 4294967296, 9007199254740993, 1e300,
                        5e-324, 1e100, 100, 1e6]
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.onTextMessageReceived.connect(function(m) { root.received.push("text " + m) })
            webSocket.onBinaryMessageReceived.connect(function(m) { root.received.push("binary " + String(m)) })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            if (s === WebSocket.Open) {
                for (var i = 0; i < root.nums.length; i++) {
                    client.sendBinaryMessage(root.nums[i])
                    client.sendTextMessage(root.nums[i])
                }
                client.sendTextMessage("end")
            } else if (s === WebSocket.Closed) {
                Qt.quit()
            }
        }
    }
    property Timer poll: Timer {
        interval: 20; repeat: true; running: true
        onTriggered: {
            if (root.received.length > 0 && root.received[root.received.length - 1] === "text end") {
                stop()
                console.log(root.received.join("\n"))
                client.active = false
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
