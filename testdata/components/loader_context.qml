import QtQuick
Item {
    id: root
    property int outer: 3
    Item {
        id: holder
        Loader {
            id: inline
            property int own: 9
            property string shadowed: "loader"
            sourceComponent: QtObject {
                property string shadowed: "item"
                property string seen: typeof own === "number" ? "own " + own : "no own"
                property string which: shadowed
                property string viaId: holder === inline.parent ? "ids" : "no ids"
            }
        }
        Loader { id: fromFile; property int own: 4; source: "LoaderSeer.qml" }
    }
    Component.onCompleted: {
        console.log(inline.item.seen, inline.item.which, inline.item.viaId)
        console.log(fromFile.item.seen)
        inline.own = 10
        console.log("after change", inline.item.seen)
        Qt.quit()
    }
}
