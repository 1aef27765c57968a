import QtQuick
Item {
    id: root
    property string n: ld.item ? ld.item.name : "none"
    onNChanged: console.log("n changed", n)
    property int st: ld.status
    onStChanged: console.log("st changed", st)
    Component { id: a; QtObject { property string name: "alpha" } }
    Component { id: b; QtObject { property string name: "beta" } }
    Loader { id: ld; active: false; sourceComponent: a }
    Component.onCompleted: {
        console.log("start", n, st)
        ld.active = true
        console.log("active", n, st)
        ld.item.name = "alpha2"
        console.log("renamed", n)
        ld.sourceComponent = b
        console.log("b", n)
        ld.sourceComponent = null
        console.log("null", n, st)
        Qt.quit()
    }
}
