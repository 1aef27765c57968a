import QtQml

QtObject {
    id: root
    property bool flag: false
    property Timer t: Timer { objectName: root.flag ? undefined : "t" }
    property int dummy: 0
    Component.onCompleted: {
        console.log(JSON.stringify(objectName), JSON.stringify(t.objectName))
        flag = true
        console.log(JSON.stringify(objectName), JSON.stringify(t.objectName))
        flag = false
        console.log(JSON.stringify(objectName), JSON.stringify(t.objectName))
        Qt.quit()
    }
}
