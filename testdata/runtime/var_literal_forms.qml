import QtQml

QtObject {
    property var n: 5
    property var s: "text"
    property var b: true
    property var u: undefined
    property var nul: null
    property var obj: QtObject { objectName: "inline object in var" }
    Component.onCompleted: {
        console.log(typeof n, typeof s, typeof b, typeof u, nul === null, typeof nul)
        console.log(obj.objectName, typeof obj)
        Qt.quit()
    }
}
