// TestCases waiting for a Timer-set flag (`when`), Loader with tryCompare, an error in a signal
// handler (QWARN), Qt.callLater order, a sibling TestCase that runs first and waits.
import QtQuick
import QtTest

Item {
    id: root
    property bool ready: false
    Timer { interval: 50; running: true; onTriggered: root.ready = true }

    Loader { id: loader; active: false; sourceComponent: Rectangle { objectName: "loaded"; width: 10; height: 10; color: "red" } }

    Connections {
        target: root
        function onReadyChanged() { console.log("ready changed", root.ready) }
    }

    TestCase {
        name: "Waits"
        when: root.ready
        function initTestCase() { console.log("starting, ready =", root.ready) }
        function test_loader() {
            loader.active = true
            tryCompare(loader, "status", Loader.Ready)
            compare(loader.item.objectName, "loaded")
            compare(loader.item.color, "#ff0000")
            verify(findChild(root, "loaded") !== null)
        }
        function test_handler_error() {
            var o = Qt.createQmlObject('import QtQml; QtObject { signal ping(); onPing: undefinedFunction() }', root)
            o.ping()
            console.log("after ping")
        }
        function test_callLater_order() {
            var log = []
            Qt.callLater(function() { log.push("later") })
            log.push("now")
            wait(10)
            compare(log, ["now", "later"])
        }
        function test_state() {
            root.state = "nothing"
        }
    }

    TestCase {
        name: "Immediate"
        function test_not_ready() { verify(!root.ready) }
        function test_wait_ready() { tryVerify(function() { return root.ready }, 2000) ; verify(root.ready) }
    }
}
