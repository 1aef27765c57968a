import QtQml

QtObject {
    property list<int> li
    property list<string> ls: ["ok"]
    property list<var> lv
    Component.onCompleted: {
        ls.push(5); console.log(JSON.stringify(ls)); ls[3] = 9; console.log(JSON.stringify(ls), ls.length)
        li = [1, 2]; li.push("8"); li[1] = 2.7; console.log(JSON.stringify(li))
        console.log(Array.isArray(ls), Array.isArray(lv), ls instanceof Array, typeof ls.map, ls.map(x => x + "!"))
        Qt.quit()
    }
}
