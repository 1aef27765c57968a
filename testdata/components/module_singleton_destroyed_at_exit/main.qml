import QtQml
import Co.Ui 1.0 as U

QtObject {
    property string c: U.Theme.color
    property Component k: Component { QtObject { Component.onDestruction: console.log("orphan destroyed") } }
    Component.onCompleted: { k.createObject(null); Qt.quit() }
    Component.onDestruction: console.log("root destroyed")
}
