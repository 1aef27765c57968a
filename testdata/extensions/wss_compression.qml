import QtQml
import QmlRun.WebSockets
import QtWebSockets as QtWS

// qmlrun extensions over TLS with permessage-deflate: a secure server with
// compression (certificate test-cert.pem, self-signed, trusted by the first
// client through caCertificateFile), the compressed sizes in bytesWritten,
// the decompressed-size limit closing with 1009, and a client that does not
// trust the certificate (errorString on the client, serverError(1015) and
// errorString on the server).
QtObject {
    id: root
    function file(name) { return Qt.resolvedUrl(name).toString().substring("file://".length) }
    readonly property string text300: "a chat message that compresses well; ".repeat(10).substring(0, 300)
    property var events: []
    property int waiting: 3

    function done(line) {
        events.push(line)
        if (--waiting === 0) {
            events.sort()
            for (var i = 0; i < events.length; i++)
                console.log(events[i])
            Qt.quit()
        }
    }

    property WebSocketServer server: WebSocketServer {
        secure: true
        certificateFile: root.file("test-cert.pem")
        privateKeyFile: root.file("test-key.pem")
        compression: true
        listen: true
        onClientConnected: function (ws) {
            console.log("server side: compression", ws.compression, "requestUrl", ws.requestUrl.toString().replace(/:\d+/, ":PORT"))
            ws.onTextMessageReceived.connect(function (m) {
                console.log("server got", m.length, "chars")
                ws.maxAllowedIncomingMessageSize = 100
                ws.sendTextMessage(m)
            })
            ws.onStatusChanged.connect(function (s) {
                if (s === WebSocket.Closed)
                    root.done("server side closed: " + ws.closeCode + " " + ws.closeReason)
            })
        }
        onServerError: function (code) {
            root.done("serverError " + code + " " + errorString)
        }
    }

    property WebSocket trusting: WebSocket {
        caCertificateFile: root.file("test-cert.pem")
        compression: true
        property int step: 0
        onStatusChanged: function (s) {
            if (s === WebSocket.Open) {
                console.log("open", url.toString().split(":")[0], "peerName", peerName, "offered", requestHeaders()["sec-websocket-extensions"])
                sendTextMessage(root.text300)
            } else if (s === WebSocket.Closed) {
                console.log("client closed:", closeCode, closeReason)
                root.untrusting.url = root.server.url.toString().replace("127.0.0.1", "localhost")
                root.untrusting.active = true
            } else if (s === WebSocket.Error) {
                console.log("unexpected error", errorString)
            }
        }
        onBytesWritten: function (n) { console.log("client bytesWritten", n) }
        onTextMessageReceived: function (m) {
            console.log("echo equal", m === root.text300)
            // 300 characters compress to a few dozen bytes, but the limit
            // is on the decompressed size: the server closes with 1009.
            sendTextMessage(root.text300)
        }
    }

    // Qt's own type connects to wss:// with the system roots only.
    property QtWS.WebSocket untrusting: QtWS.WebSocket {
        onStatusChanged: function (s) {
            if (s === QtWS.WebSocket.Error)
                root.done("untrusting client: " + errorString.split(" (")[0]) // crypto/tls's detail follows
        }
    }

    Component.onCompleted: {
        console.log("server url", server.url.toString().split(":")[0])
        trusting.url = server.url
        trusting.active = true
    }
    property Timer safety: Timer { interval: 5000; running: true; onTriggered: { console.log("timeout"); Qt.exit(1) } }
}
