import QtQml
import QtWebSockets

// The members of WebSocketServer and WebSocket in Qt's order (for-in,
// JSON.stringify), and how many arguments each change signal passes:
// WebSocket's urlChanged, requestedSubprotocolsChanged and
// negotiatedSubprotocolChanged pass none; the others pass the new value.
QtObject {
    id: root
    property WebSocketServer server: WebSocketServer { id: server; objectName: "srv" }
    property WebSocket client: WebSocket { id: client }
    function members(o) {
        var a = []
        for (var k in o)
            a.push(k)
        return a.join(" ")
    }
    Component.onCompleted: {
        console.log(JSON.stringify(server))
        console.log(JSON.stringify(client))
        console.log(members(server))
        console.log(members(client))
        var sigs = [[server, "supportedSubprotocolsChanged"], [server, "urlChanged"], [server, "hostChanged"],
                    [server, "portChanged"], [server, "nameChanged"], [server, "listenChanged"],
                    [server, "objectNameChanged"], [client, "urlChanged"], [client, "requestedSubprotocolsChanged"],
                    [client, "statusChanged"], [client, "activeChanged"], [client, "errorStringChanged"]]
        for (var i = 0; i < sigs.length; i++) {
            (function(o, n) {
                o[n].connect(function() {
                    console.log(n, arguments.length, JSON.stringify(Array.prototype.slice.call(arguments).map(String)))
                })
            })(sigs[i][0], sigs[i][1])
        }
        server.supportedSubprotocols = ["a"]
        server.host = "0.0.0.0"
        server.port = 1234
        server.name = "n"
        server.listen = true
        server.objectName = "o"
        client.requestedSubprotocols = ["x"]
        client.url = "http://x"
        client.active = true
        server.listen = false
        Qt.quit()
    }
}
