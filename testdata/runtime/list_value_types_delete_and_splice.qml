import QtQml

// Writing undefined or null into a list<string>/list<int> element, and the array methods that delete: defaults, no warning.

QtObject {
    property list<string> ls: ["a", "b", "c", "d"]
    property list<int> li: [1, 2, 3, 4]
    Component.onCompleted: {
        ls[0] = undefined; console.log(JSON.stringify(ls))
        delete ls[1]; console.log(JSON.stringify(ls))
        ls = ["a", "b", "c", "d"]
        ls.splice(1, 1); console.log(JSON.stringify(ls))
        console.log(ls.shift(), JSON.stringify(ls))
        console.log(li.pop(), JSON.stringify(li)); li.unshift(0); console.log(JSON.stringify(li))
        li.reverse(); console.log(JSON.stringify(li)); li.fill(7, 2); console.log(JSON.stringify(li))
        li.splice(1, 0, "9", 8.6); console.log(JSON.stringify(li))
        li[1] = null; console.log(JSON.stringify(li))
        Qt.exit(0)
    }
}
