import QtQml

QtObject {
    id: root
    signal ping(n: int)
    property int value: 0
    property Connections c: Connections {
        target: root
        function onPing(n) { console.log("onPing", n) }
        function onValueChanged() { console.log("onValueChanged", root.value) }
    }
    Component.onCompleted: {
        ping(1)
        value = 5
        console.log(typeof c.target, c.target === root, c.enabled, c.ignoreUnknownSignals)
        Qt.quit()
    }
}
