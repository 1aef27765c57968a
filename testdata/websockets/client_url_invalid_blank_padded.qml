import QtQml
import QtWebSockets

// Invalid urls (blank-padded, then "ws://[oops") with active = true: urlChanged
// once per string although the url reads "" throughout; no connection attempt.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) { console.log("statusChanged", root.st(s), JSON.stringify(client.errorString)) }
        onErrorStringChanged: function(e) { console.log("errorStringChanged", JSON.stringify(e)) }
        onUrlChanged: console.log("urlChanged", JSON.stringify(client.url.toString()))
        onActiveChanged: function(a) { console.log("activeChanged", a) }
    }

    Component.onCompleted: {
        client.url = " ws://127.0.0.1:1/ "
        client.url = " ws://127.0.0.1:1/ "
        client.url = "ws://[oops"
        client.active = true
        console.log("after", root.st(client.status), client.active, JSON.stringify(client.errorString))
        later.start()
    }
    property Timer later: Timer {
        id: later
        interval: 200
        onTriggered: {
            console.log("later", root.st(client.status), client.active, JSON.stringify(client.errorString))
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
