import QtQml
QtObject {
    id: root
    Component.onCompleted: {
        Qt.createQmlObject("import QtQml; QtObject { function f() { return a; var a } }", root, "dyn")
        Qt.createQmlObject("import QtQml; QtObject { function f() { return a; var a } }", root)
        Qt.exit(0)
    }
}
