import QtQml
import QtWebSockets

// A relative url string ("echo", declared with active: true): the url property
// keeps it as written and opening it fails with an empty scheme.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocket client: WebSocket {
        id: client
        url: "echo"
        active: true
        onStatusChanged: function(s) { console.log("statusChanged", root.st(s), JSON.stringify(client.errorString)) }
        onErrorStringChanged: function(e) { console.log("errorStringChanged", JSON.stringify(e)) }
    }

    Component.onCompleted: {
        console.log("completed", client.url, root.st(client.status), JSON.stringify(client.errorString))
        later.start()
    }
    property Timer later: Timer {
        id: later
        interval: 200
        onTriggered: {
            console.log("final", root.st(client.status), JSON.stringify(client.errorString))
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
