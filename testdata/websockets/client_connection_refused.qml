import QtQml
import QtWebSockets

// Connecting to a port where nothing listens: status sequence, errorString,
// and the order of errorStringChanged / statusChanged.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocket client: WebSocket {
        id: client
        url: "ws://127.0.0.1:1"
        onActiveChanged: function(a) { console.log("activeChanged", a) }
        onStatusChanged: function(s) {
            console.log("statusChanged", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Error)
                later.start()
        }
        onErrorStringChanged: function(e) { console.log("errorStringChanged", JSON.stringify(e), root.st(client.status)) }
    }

    Component.onCompleted: client.active = true

    property Timer later: Timer {
        id: later
        interval: 100
        onTriggered: {
            console.log("final", root.st(client.status), client.active, JSON.stringify(client.errorString))
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
