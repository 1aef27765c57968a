import QtQuick
Column {
    id: col
    ListModel { id: people; ListElement { name: "ann" } ListElement { name: "bob" } }
    Repeater {
        id: rep
        model: people
        Loader { id: loaderOfRow; source: "LoaderRow.qml" }
    }
    Component.onCompleted: {
        console.log(rep.count, rep.itemAt(1).item.label, rep.itemAt(1).y, col.height)
        people.setProperty(0, "name", "amy")
        console.log(rep.itemAt(0).item.label)
        people.append({ name: "cid" })
        console.log(rep.count, rep.itemAt(2).item.label)
        Qt.quit()
    }
}
