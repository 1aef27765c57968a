import QtQml

QtObject {
    id: root
    Component.onCompleted: {
        try {
            Qt.createQmlObject("import QtQml; QtObject { notAProperty: 1 }", root, "broken.qml")
        } catch (e) {
            console.log(e.name, "|", e.message)
            console.log(JSON.stringify(e.qmlErrors))
        }
        Qt.quit()
    }
}
