import QtQml

QtObject {
    id: root
    property int i: 1
    property Binding b: Binding {
        nobody.i: 5
    }
    Component.onCompleted: { console.log(i); Qt.quit() }
}
