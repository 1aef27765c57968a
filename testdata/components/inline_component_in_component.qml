import QtQml

QtObject {
    component Item2: QtObject {
        property string tag: "item"
    }
    property Component maker: Component { Item2 { tag: "made" } }
    Component.onCompleted: {
        var a = maker.createObject(null)
        var b = maker.createObject(null, { tag: "custom" })
        console.log(a.tag, b.tag)
        console.log(String(a).split("(")[0])
        Qt.quit()
    }
}
