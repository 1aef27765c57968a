import QtQml
import QtWebSockets

// ws:// urls without a usable host: "ws://" and "ws://:1234/".
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) { console.log("statusChanged", root.st(s), JSON.stringify(client.errorString)) }
        onErrorStringChanged: function(e) { console.log("errorStringChanged", JSON.stringify(e)) }
        onUrlChanged: console.log("urlChanged", JSON.stringify(client.url.toString()))
    }

    Component.onCompleted: {
        client.active = true
        console.log("-- ws://")
        client.url = "ws://"
        console.log("after", root.st(client.status), JSON.stringify(client.errorString))
        step2.start()
    }
    property Timer step2: Timer {
        id: step2
        interval: 200
        onTriggered: {
            console.log("later", root.st(client.status), JSON.stringify(client.errorString))
            console.log("-- ws://:1234/")
            client.url = "ws://:1234/"
            console.log("after", root.st(client.status), JSON.stringify(client.errorString))
            step3.start()
        }
    }
    property Timer step3: Timer {
        id: step3
        interval: 200
        onTriggered: {
            console.log("later", root.st(client.status), JSON.stringify(client.errorString))
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
