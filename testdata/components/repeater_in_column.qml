import QtQuick

// Repeater items go to the parent in front of the Repeater; a model change
// removes them last to first and makes them again.

Item {
    id: root
    Column {
        id: col
        Text { text: "header" }
        Repeater {
            id: rep
            model: ["a", "b", "c"]
            Text {
                text: modelData + index
                Component.onCompleted: console.log("item completed", index, parent === col)
            }
            onItemAdded: (index, item) => console.log("itemAdded", index, item.text)
            onItemRemoved: (index, item) => console.log("itemRemoved", index, item.text)
        }
        Text { text: "footer" }
    }
    Component.onCompleted: {
        console.log("count", rep.count, rep.itemAt(1).text, rep.itemAt(7))
        var names = []
        for (var i = 0; i < col.children.length; i++) names.push(col.children[i].text === undefined ? "rep" : col.children[i].text)
        console.log(names.join(","))
        rep.model = 2
        console.log("count", rep.count, rep.itemAt(0).text)
        names = []
        for (i = 0; i < col.children.length; i++) names.push(col.children[i].text === undefined ? "rep" : col.children[i].text)
        console.log(names.join(","))
        Qt.quit()
    }
}
