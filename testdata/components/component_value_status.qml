import QtQml

QtObject {
    property Component c: Component { QtObject {} }
    Component.onCompleted: {
        console.log(Component.Null, Component.Ready, Component.Loading, Component.Error)
        console.log(c.status, c.status === Component.Ready)
        console.log(JSON.stringify(c.errorString()), typeof c.errorString())
        console.log(c.progress, typeof c.url)
        console.log(typeof c, typeof c.createObject)
        console.log(Component.PreferSynchronous, Component.Asynchronous)
        Qt.quit()
    }
}
