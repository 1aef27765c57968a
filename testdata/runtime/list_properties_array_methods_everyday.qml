import QtQml

// QML lists used with everyday array methods.

QtObject {
    id: root
    property list<QtObject> kids: [QtObject { objectName: "a" }, QtObject { objectName: "b" }]
    property list<int> nums: [3, 1, 2]
    property list<string> strs: ["x", "y"]
    property var plain: [1, 2, 3]
    Component.onCompleted: {
        var out = []
        for (var i = 0; i < kids.length; i++) out.push(kids[i].objectName)
        console.log(out, Array.from(kids).length, [...nums], Array.from(strs))
        var [first, second] = nums
        console.log(first, second, nums.slice(1), nums.indexOf(2), nums.includes(1), nums.join("-"), nums.concat([9]))
        console.log(nums.map(function (x) { return x * 2 }), nums.filter(function (x) { return x > 1 }), nums.reduce(function (a, b) { return a + b }), nums.reverse(), nums)
        nums.sort(); console.log(nums, typeof nums.sort)
        strs.push("z"); console.log(strs, strs.length); strs.splice(0, 1); console.log(strs)
        console.log(JSON.stringify(nums), JSON.stringify(strs), String(nums), nums.toString(), nums + "", Object.keys(nums))
        Object.assign(root, { objectName: "assigned" }); console.log(root.objectName)
        nums = nums.map(function (x) { return x + 0.7 }); console.log(nums)
        kids = [kids[1]]; console.log(kids.length, kids[0].objectName)
        Qt.exit(0)
    }
}
