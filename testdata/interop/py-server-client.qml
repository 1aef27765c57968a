// A QtWebSockets client against py-server.py (its url is the last
// argument): one connection per path, each printing its status changes,
// what arrives, and (through Qt.callLater) which status the next event
// sees after Closing, Closed and Error, so that a close reported in one
// event or in two shows.
// py-server-client.out was recorded with Qt 6.4 (qtref) against the same
// server.
import QtQml
import QtWebSockets

QtObject {
    id: root
    property var steps: ["echo", "close4001", "frag", "big", "ping", "abort", "close1001", "reject", "protocol"]
    property int i: -1
    function next() {
        i++
        if (i >= steps.length) {
            console.log("done")
            Qt.quit()
            return
        }
        console.log("== " + steps[i])
        sock.requestedSubprotocols = steps[i] === "protocol" ? ["superchat", "chat"] : []
        var args = Qt.application.arguments
        sock.url = args[args.length - 1] + "/" + steps[i]
        sock.active = true
    }
    property Timer gap: Timer { interval: 100; onTriggered: root.next() }
    property WebSocket sock: WebSocket {
        property int echoes: 0
        onStatusChanged: function (s) {
            console.log("status", s, JSON.stringify(errorString), negotiatedSubprotocol)
            if (s !== WebSocket.Connecting && s !== WebSocket.Open) // (when the first message comes is a race)
                Qt.callLater(function () { console.log("then", sock.status) })
            if (s === WebSocket.Open && root.steps[root.i] === "echo")
                console.log("sent", sendTextMessage("héllo €"), sendBinaryMessage(new Uint8Array([1, 2, 255]).buffer),
                            sendTextMessage("y".repeat(1 << 20)))
            if (s === WebSocket.Closed) {
                active = false
                gap.start()
            }
        }
        onTextMessageReceived: function (m) {
            console.log("text", m.length, JSON.stringify(m.slice(0, 20)))
            var step = root.steps[root.i]
            if (step === "echo") {
                if (++echoes === 3)
                    active = false
            } else if (step === "ping" || step === "protocol") {
                sendTextMessage("done")
            }
        }
        onBinaryMessageReceived: function (m) {
            console.log("binary", m.byteLength, new Uint8Array(m).slice(0, 3).join(","))
            var step = root.steps[root.i]
            if (step === "echo") {
                if (++echoes === 3)
                    active = false
            } else {
                sendTextMessage("done")
            }
        }
    }
    property Timer safety: Timer { interval: 20000; running: true; onTriggered: { console.log("timeout"); Qt.exit(2) } }
    Component.onCompleted: next()
}
