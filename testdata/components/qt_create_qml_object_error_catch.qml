import QtQml

QtObject {
    id: root
    Component.onCompleted: {
        try {
            Qt.createQmlObject('import QtQml; QtObject {\n    property int a: "x"\n}', root, "snippet.qml")
        } catch (e) {
            console.log("caught", e.name, e.message)
            console.log(e.qmlErrors.length)
            var q = e.qmlErrors[0]
            console.log(q.lineNumber, q.columnNumber, q.fileName, q.message)
        }
        try {
            Qt.createQmlObject('import QtQml; QtObject {', root)
        } catch (e) {
            console.log("caught", e.message)
            console.log(JSON.stringify(e.qmlErrors))
        }
        Qt.quit()
    }
}
