import QtQml
import QtWebSockets

// Opening a url whose scheme is neither ws nor wss (http://).
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) { console.log("statusChanged", root.st(s), JSON.stringify(client.errorString)) }
        onErrorStringChanged: function(e) { console.log("errorStringChanged", JSON.stringify(e)) }
    }

    Component.onCompleted: {
        client.url = "http://127.0.0.1:1/x"
        client.active = true
        console.log("after active", root.st(client.status), JSON.stringify(client.errorString))
        later.start()
    }
    property Timer later: Timer {
        id: later
        interval: 200
        onTriggered: {
            console.log("final", root.st(client.status), client.active, client.url, JSON.stringify(client.errorString))
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
