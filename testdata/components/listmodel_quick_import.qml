import QtQuick

Item {
    ListModel {
        id: fruit
        ListElement { name: "Apple"; cost: 2.45; fresh: true }
        ListElement { name: "Orange"; cost: 3.25; fresh: false }
    }
    Component.onCompleted: {
        for (var i = 0; i < fruit.count; i++)
            console.log(fruit.get(i).name, fruit.get(i).cost, fruit.get(i).fresh)
        fruit.get(1).cost = 5
        fruit.setProperty(0, "name", "Pear")
        console.log(fruit.get(0).name, fruit.get(1).cost, fruit.count)
        console.log(Object.keys(fruit.get(0)))
        Qt.quit()
    }
}
