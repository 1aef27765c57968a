// Creates and destroys 10,000 instances of the file component Row5.qml
// (five bound properties each), in rounds, and prints the time taken.
import QtQml

QtObject {
    id: root
    property Component row: Qt.createComponent("Row5.qml")
    function round() {
        var objs = []
        for (var i = 0; i < 10000; i++)
            objs.push(row.createObject(root, { seed: i }))
        var check = objs[9999].c
        for (var j = 0; j < objs.length; j++)
            objs[j].destroy()
        return check
    }
    property int rounds: 0
    property var times: []
    property Timer next: Timer {
        interval: 0
        onTriggered: {
            var t0 = Date.now()
            var check = root.round()
            // destroy() is deferred: let the loop delete them before timing ends.
            Qt.callLater(function () {
                root.times.push(Date.now() - t0)
                if (++root.rounds < 5) {
                    root.next.start()
                    return
                }
                var s = root.times.slice().sort(function (x, y) { return x - y })
                console.log("create+destroy 10000 file-component objects:", check, "median ms", s[2], "all", root.times.join(" "))
                Qt.quit()
            })
        }
    }
    Component.onCompleted: next.start()
}
