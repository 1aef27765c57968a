import QtQml

QtObject {
    id: root
    property list<QtObject> items: [QtObject { objectName: "a" }, QtObject {}]
    property list<QtObject> empty
    property list<int> nums: [1, 2]
    property list<string> strs: ["x", "y"]
    property var arr: [1, 2]
    Component.onCompleted: {
        console.log(items)
        console.log(empty)
        console.log([items])
        console.log(nums, strs, arr)
        console.log(String(nums), JSON.stringify(nums), JSON.stringify(strs), nums.toString())
        var out = []
        for (var i in items) out.push(i)
        console.log(out)
        Qt.quit()
    }
}
