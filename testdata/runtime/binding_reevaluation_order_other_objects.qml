import QtQml

QtObject {
    id: root
    property int src: 0
    property QtObject x: QtObject { property int v: root.src; onVChanged: console.log("x.v", v) }
    property QtObject y: QtObject { property int v: root.src; onVChanged: console.log("y.v", v) }
    property int own: src
    onOwnChanged: console.log("own", own)
    Component.onCompleted: {
        src = 1
        console.log("--")
        src = 2
        Qt.quit()
    }
}
