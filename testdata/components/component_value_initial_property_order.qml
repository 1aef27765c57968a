import QtQml

QtObject {
    id: root
    property Component f: Component { QtObject {
        property int zeta: 1
        property int alpha: 2
        property int mid: 3
        onZetaChanged: console.log("zetaChanged", zeta)
        onAlphaChanged: console.log("alphaChanged", alpha)
        onMidChanged: console.log("midChanged", mid)
    } }
    Component.onCompleted: {
        var o = f.createObject(root, { zeta: "x", mid: 7, alpha: "y" })
        console.log(o.zeta, o.alpha, o.mid)
        var p = f.createObject(root, { mid: 8, zeta: 5, alpha: 6 })
        Qt.quit()
    }
}
