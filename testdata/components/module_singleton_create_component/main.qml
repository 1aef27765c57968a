import QtQml
import Co.Ui 1.0 as U

QtObject {
    property string c: U.Theme.color
    Component.onCompleted: {
        console.log(U.Theme)
        var o = Qt.createComponent("imports/Co/Ui/Theme.qml").createObject(null)
        console.log(o)
        Qt.quit()
    }
}
