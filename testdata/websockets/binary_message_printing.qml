import QtQml
import QtWebSockets

// How a received binary message prints and converts: console.log of the
// ArrayBuffer, JSON.stringify, typed array views, and decoding text bytes.
QtObject {
    id: root

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.sendBinaryMessage("Hé!")
            webSocket.sendBinaryMessage([0, 1, 127, 128, 255])
        }
    }
    property WebSocket client: WebSocket {
        id: client
        property int n: 0
        onBinaryMessageReceived: function(m) {
            console.log("message", ++n)
            console.log(m)
            console.log("String", String(m), "JSON", JSON.stringify(m), "keys", Object.keys(m).length)
            var u = new Uint8Array(m)
            console.log("Uint8Array", u, "join", Array.prototype.join.call(u, ","), "length", u.length)
            console.log("Int8Array", Array.prototype.join.call(new Int8Array(m), ","))
            console.log("DataView", new DataView(m).getUint8(0), m.byteLength)
            console.log("sliced", new Uint8Array(m.slice(1)).length, new Uint8Array(m, 1, 1)[0])
            if (n === 2) {
                client.active = false
                Qt.quit()
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
