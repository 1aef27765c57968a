import QtQml
import QtWebSockets

// After a refused connection (Error), active = false and then active = true
// again: what each assignment does to status and errorString.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property int errors: 0

    property WebSocket client: WebSocket {
        id: client
        url: "ws://127.0.0.1:1"
        onActiveChanged: function(a) { console.log("activeChanged", a) }
        onErrorStringChanged: function(e) { console.log("errorStringChanged", JSON.stringify(e)) }
        onStatusChanged: function(s) {
            console.log("status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Error)
                next.start()
        }
    }
    Component.onCompleted: client.active = true
    property Timer next: Timer {
        id: next
        interval: 50
        onTriggered: {
            if (++root.errors === 2) {
                Qt.quit()
                return
            }
            console.log("active = false")
            client.active = false
            console.log("  now", root.st(client.status), JSON.stringify(client.errorString))
            console.log("active = true")
            client.active = true
            console.log("  now", root.st(client.status), JSON.stringify(client.errorString))
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
