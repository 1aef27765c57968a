import QtQml

QtObject {
    property QtObject a: A {}
    Component.onCompleted: { console.log("loaded"); Qt.quit() }
}
