import QtQml

QtObject {
    property Bag bag: Bag {
        name: "mixed"
        items: [ QtObject { objectName: "explicit" } ]
        QtObject { objectName: "child" }
    }
    Component.onCompleted: {
        var names = []
        for (var i = 0; i < bag.items.length; i++) names.push(bag.items[i].objectName)
        console.log(names.join(","))
        Qt.quit()
    }
}
