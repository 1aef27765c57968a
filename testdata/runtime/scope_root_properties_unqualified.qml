import QtQml

QtObject {
    id: root
    property int rootOnly: 7
    function rootFunction() { return "rootFunction" }
    signal rootSignal
    property QtObject child: QtObject {
        property int seen: rootOnly * 2
        Component.onCompleted: console.log("child sees", rootOnly, seen, rootFunction(), typeof rootSignal)
    }
    Component.onCompleted: {
        rootOnly = 8
        console.log("child.seen", child.seen)
        Qt.quit()
    }
}
