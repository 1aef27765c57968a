import QtQml
import QtWebSockets

// sendTextMessage / sendBinaryMessage on a socket that is not open.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) { console.log("statusChanged", root.st(s), JSON.stringify(client.errorString)) }
        onErrorStringChanged: function(e) { console.log("errorStringChanged", JSON.stringify(e)) }
    }

    Component.onCompleted: {
        console.log("before", root.st(client.status), JSON.stringify(client.errorString))
        var n = client.sendTextMessage("hello")
        console.log("sendTextMessage returned", n, typeof n)
        console.log("after text", root.st(client.status), JSON.stringify(client.errorString))
        n = client.sendBinaryMessage(new Uint8Array([1, 2, 3]).buffer)
        console.log("sendBinaryMessage returned", n, typeof n)
        console.log("after binary", root.st(client.status), JSON.stringify(client.errorString))
        Qt.quit()
    }
}
