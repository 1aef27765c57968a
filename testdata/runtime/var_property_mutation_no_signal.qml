import QtQml

QtObject {
    property var arr: [1, 2]
    property var obj: ({ a: 1 })
    onArrChanged: console.log("arrChanged", JSON.stringify(arr))
    onObjChanged: console.log("objChanged", JSON.stringify(obj))
    Component.onCompleted: {
        arr.push(3)
        console.log("after push", JSON.stringify(arr))
        obj.a = 2
        console.log("after member set", JSON.stringify(obj))
        arr = arr
        obj = obj
        arr = [9]
        Qt.quit()
    }
}
