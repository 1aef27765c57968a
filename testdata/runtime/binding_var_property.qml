import QtQml

QtObject {
    property int n: 2
    property var arr: [n, n * 2]
    property var obj: ({ n: n, label: "n" + n })
    onArrChanged: console.log("arrChanged", JSON.stringify(arr))
    onObjChanged: console.log("objChanged", JSON.stringify(obj))
    Component.onCompleted: {
        console.log(JSON.stringify(arr), JSON.stringify(obj))
        n = 3
        n = 3
        Qt.quit()
    }
}
