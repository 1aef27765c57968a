import QtQml

QtObject {
    id: root
    objectName: "root"
    signal ping
    property int counter: 0
    property Connections c: Connections {
        objectName: "conn"
        target: root
        function onPing() {
            counter++
            console.log("this is", this.objectName, "counter", counter, "root.counter", root.counter)
        }
    }
    Component.onCompleted: {
        ping()
        Qt.quit()
    }
}
