import QtQml

QtObject {
    id: root
    objectName: "root"
    signal s(n: int)
    property QtObject other: QtObject {
        id: other
        objectName: "other"
        function handle(n) { console.log("handle", n, this.objectName) }
    }
    Component.onCompleted: {
        s.connect(other, other.handle)
        s(1)
        s.disconnect(other, other.handle)
        s(2)
        console.log("done")
        Qt.quit()
    }
}
