import QtQml

QtObject {
    id: root
    property Component f: Component { QtObject {
        property int zeta: 1
        property int alpha: 2
        onAlphaChanged: console.log("alphaChanged", alpha)
        Component.onCompleted: console.log("completed")
    } }
    Component.onCompleted: {
        var o = f.createObject(root, { zeta: "x", bogus: 1, alpha: 4, abc: 2 })
        console.log(o.zeta, o.alpha)
        Qt.quit()
    }
}
