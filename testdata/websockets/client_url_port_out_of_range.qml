import QtQml
import QtWebSockets

// A port QUrl cannot hold (over 65535, or two ports) makes the url invalid:
// it reads "" (urlChanged still fires) and nothing is opened although
// active is true. Leading zeros are fine. Cases are printed by number (the
// recorder would normalise the port in the text).
QtObject {
    id: root
    property WebSocket client: WebSocket {
        id: client
        active: true
        onStatusChanged: function(s) { console.log("  status", s, JSON.stringify(client.errorString)) }
        onUrlChanged: console.log("  urlChanged", JSON.stringify(client.url.toString()))
    }
    Component.onCompleted: {
        var urls = ["ws://127.0.0.1:65536/", "ws://127.0.0.1:99999/", "ws://127.0.0.1:1:2/",
                    "ws://[::1]:70000/", "ws://127.0.0.1:065535/"]
        for (var i = 0; i < urls.length; i++) {
            console.log("case", i)
            client.url = urls[i]
            console.log("  reads", JSON.stringify(client.url.toString()), client.status, JSON.stringify(client.errorString))
        }
        Qt.quit()
    }
}
