import QtQml

QtObject {
    id: root
    property list<int> li: [1, 2]
    property list<string> ls: ["a"]
    onLiChanged: console.log("liChanged", JSON.stringify(li))
    onLsChanged: console.log("lsChanged", JSON.stringify(ls))
    Component.onCompleted: {
        console.log("start")
        li.push(3)
        li[0] = 9.6
        var x = li
        x.push(4)
        console.log(JSON.stringify(li), JSON.stringify(x), x === li)
        li.length = 1
        ls[2] = "z"
        console.log(JSON.stringify(ls), ls.length)
        Qt.quit()
    }
}
