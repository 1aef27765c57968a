import QtQml
import QtWebSockets

// active = false while the host name is being looked up, and nothing
// listens on the port: the attempt goes on and fails as usual (3 Closed,
// 4 Error "Connection refused"), then Qt warns about the close it could
// not write.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Error)
                later.start()
        }
    }
    Component.onCompleted: {
        client.url = "ws://localhost:1/"
        client.active = true
        client.active = false
        console.log("after active = false", root.st(client.status))
    }
    property Timer later: Timer {
        id: later
        interval: 100
        onTriggered: {
            console.log("final", root.st(client.status), client.active)
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
