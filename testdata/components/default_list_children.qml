import QtQml

QtObject {
    property Bag bag: Bag {
        name: "declared"
        QtObject { objectName: "first" }
        QtObject { objectName: "second" }
        Bag { name: "nested"; QtObject { objectName: "deep" } }
    }
    Component.onCompleted: {
        console.log("root completed")
        var names = []
        for (var i = 0; i < bag.items.length; i++) names.push(bag.items[i].objectName || bag.items[i].name)
        console.log(names.join(","), typeof bag.items, Array.isArray(bag.items))
        console.log(bag.items[2].items[0].objectName, bag.items[5])
        Qt.quit()
    }
}
