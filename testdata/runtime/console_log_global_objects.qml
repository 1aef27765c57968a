import QtQml

QtObject {
    id: root
    Component.onCompleted: {
        console.log(Qt)
        console.log(console)
        console.log(Math, JSON, typeof Qt, typeof console)
        console.log(typeof Component, Component.Ready, Component.Null, Component.Loading, Component.Error)
        console.log(Qt.application.arguments.length > 0, typeof Qt.application.arguments)
        console.log(this, root)
        Qt.quit()
    }
}
