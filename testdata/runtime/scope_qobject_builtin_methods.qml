import QtQml
// An object's destroy() and toString() are found unqualified, like its
// other methods: in handlers, functions and bindings of that object.
QtObject {
    id: root
    objectName: "rootname"
    function f() { return typeof destroy + " " + typeof toString + " " + toString() }
    property Component comp: Component {
        QtObject {
            property string name
            signal ping()
            onPing: { console.log("ping", name); destroy(); console.log("after self destroy", name) }
            Component.onDestruction: console.log("destruct", name)
        }
    }
    property QtObject child: QtObject {
        objectName: "kid"
        function g() { return toString() }
        Component.onCompleted: console.log("child", typeof destroy, toString(), g(), root.f())
    }
    property string s: toString()
    Component.onCompleted: {
        console.log(f(), s, typeof destroy, typeof toString, toString())
        var a = comp.createObject(root, {name: "a"})
        a.ping()
        Qt.callLater(() => { console.log("later"); Qt.quit() })
    }
}
