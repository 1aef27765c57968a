import QtQml
import QtQml.Models

QtObject {
    property ListModel m: ListModel {
        ListElement { k: "a" }
    }
    Component.onCompleted: { console.log(m.count, m.get(0).k); Qt.quit() }
}
