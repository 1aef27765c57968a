import QtQml

// obj.onSignal is a new object at each reading, prints as [object Object], and
// connects and disconnects JavaScript functions.
QtObject {
    id: o
    signal s()
    Component.onCompleted: {
        console.log(o.onS === o.onS, typeof o.onS, String(o.onS))
        var h = o.onS
        function f() { console.log("f called") }
        h.connect(f)
        o.s()
        o.onS.disconnect(f)
        o.s()
        o.s.connect(f)
        o.s()
        o.s.disconnect(f)
        o.s()
        Qt.quit()
    }
}
