import QtQml
import QtWebSockets

// A chat server keeps the list of connected sockets and re-sends every message
// to all of them; joins and leaves are tracked with statusChanged on the
// server side. Clients join one after the other. Messages received by the
// clients are collected and printed per client once a round is complete, so
// the order in which the three client sockets are served does not matter.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property var sockets: []
    property int joined: 0
    property var inbox: ({ c1: [], c2: [], c3: [] })
    property int pending: 0
    property var afterRound: null

    function broadcast(text) {
        var n = 0
        for (var i = 0; i < sockets.length; i++)
            n += sockets[i].sendTextMessage(text) > 0 ? 1 : 0
        console.log("server broadcast", JSON.stringify(text), "to", n, "sockets")
    }
    function expect(count, next) {
        pending = count
        afterRound = next
    }
    function got(name, m) {
        inbox[name].push(m)
        if (--pending === 0) {
            for (var k of ["c1", "c2", "c3"]) {
                if (inbox[k].length)
                    console.log(k, "got", JSON.stringify(inbox[k]))
                inbox[k] = []
            }
            var f = afterRound
            afterRound = null
            f()
        }
    }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            var id = ++root.joined
            root.sockets.push(webSocket)
            console.log("server: client", id, "joined,", root.sockets.length, "connected")
            webSocket.textMessageReceived.connect(function(m) {
                root.broadcast(id + ": " + m)
            })
            webSocket.statusChanged.connect(function(s) {
                console.log("server: client", id, "status", root.st(s))
                if (s === WebSocket.Closed) {
                    root.sockets.splice(root.sockets.indexOf(webSocket), 1)
                    console.log("server: client", id, "left,", root.sockets.length, "connected")
                    if (root.sockets.length)
                        root.broadcast("client " + id + " left")
                    else
                        Qt.quit()
                }
            })
            root.broadcast("client " + id + " joined")
        }
    }

    property WebSocket c1: WebSocket {
        id: c1
        onTextMessageReceived: function(m) { root.got("c1", m) }
    }
    property WebSocket c2: WebSocket {
        id: c2
        onTextMessageReceived: function(m) { root.got("c2", m) }
    }
    property WebSocket c3: WebSocket {
        id: c3
        onTextMessageReceived: function(m) { root.got("c3", m) }
    }

    Component.onCompleted: {
        c1.url = c2.url = c3.url = server.url
        expect(1, function() {
            expect(2, function() {
                expect(3, function() {
                    console.log("c1 sends, returned", c1.sendTextMessage("hello all"))
                    expect(3, function() {
                        console.log("c2 leaves")
                        c2.active = false
                        expect(2, function() {
                            console.log("c3 sends, returned", c3.sendTextMessage("bye 2"))
                            expect(2, function() {
                                console.log("c1 and c3 leave")
                                c1.active = false
                                expect(1, function() {
                                    c3.active = false
                                })
                            })
                        })
                    })
                })
                c3.active = true
            })
            c2.active = true
        })
        c1.active = true
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
