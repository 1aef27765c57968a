import QtQml

// Runaway recursion stops with Qt's RangeError, reported at line 1 of the
// file of the recursing function; the program goes on.
QtObject {
    id: root
    property int depth: 0
    function down(n) { root.depth = n; return down(n + 1) + 1 }
    property int fromBinding: down(0)
    Component.onCompleted: {
        console.log("completed")
        function again(n) { return again(n + 1) }
        again(0)
        console.log("not reached")
    }
    property Timer timer: Timer {
        interval: 10
        running: true
        onTriggered: {
            console.log("timer")
            Qt.quit()
        }
    }
}
