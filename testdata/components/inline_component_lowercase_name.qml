import QtQml

QtObject {
    component lower: QtObject { property int n: 1 }
    Component.onCompleted: { console.log("completed", typeof lower); Qt.quit() }
}
