import QtQml

// instanceof and typeof of QML types, enums of Component and Qt, Timer defaults.

QtObject {
    id: root
    property Timer tm: Timer {}
    property Component comp: Component { QtObject {} }
    Component.onCompleted: {
        console.log(root instanceof QtObject, tm instanceof Timer, tm instanceof QtObject, typeof QtObject, typeof Timer, typeof Component)
        console.log(Component.Ready, Component.Error, Component.Loading, Component.Null, comp.status, comp.url === "" || typeof comp.url)
        console.log(Qt.AlignLeft, Qt.Horizontal, Qt.LeftButton, Qt.Key_Enter, typeof Qt.Checked)
        console.log(tm.interval, tm.repeat, tm.running, tm.triggeredOnStart, Object.keys(tm).length > 0)
        console.log(String(QtObject), String(Timer))
        var o = comp.createObject(root)
        console.log(o instanceof QtObject, o.parent === undefined ? "noparent" : o.parent, typeof o.destroy)
        Qt.exit(0)
    }
}
