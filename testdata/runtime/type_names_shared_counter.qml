import QtQml

// Qt's class names NAME_QMLTYPE_N and BASE_QML_N share one counter: the
// component file used here takes its number first, then each inline
// component, then the document's objects that declare members.
QtObject {
    id: root
    property int a: 1
    component Inner: QtObject { property int v }
    property QtObject file: Counted { }
    property QtObject fileDerived: Counted { property int extra }
    property QtObject inl: Inner { }
    property QtObject inlDerived: Inner { property int w }
    property Timer timer: Timer { property int ticks }
    function make() {
        return Qt.createQmlObject('import QtQml; QtObject { property int z: 9 }', root, "dyn")
    }
    Component.onCompleted: {
        console.log(root, file, fileDerived, inl, inlDerived, timer)
        console.log(make())
        console.log(make())
        Qt.quit()
    }
}
