import QtQml

QtObject {
    id: root
    property Timer t: Timer { property int extra: 1; function go() {} }
    property Timer plain: Timer {}
    Component.onCompleted: {
        console.log(Object.keys(t))
        console.log(Object.keys(plain))
        console.log(t.parent === root, plain.parent === root)
        Qt.quit()
    }
}
