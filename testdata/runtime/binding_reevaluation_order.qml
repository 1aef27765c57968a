import QtQml

QtObject {
    property int src: 0
    property int first: src + 1
    property int second: src + 2
    property int third: src + 3
    onFirstChanged: console.log("firstChanged", first)
    onSecondChanged: console.log("secondChanged", second)
    onThirdChanged: console.log("thirdChanged", third)
    onSrcChanged: console.log("srcChanged", src)
    Component.onCompleted: {
        console.log("set src = 1")
        src = 1
        console.log("set src = 2")
        src = 2
        console.log("done")
        Qt.quit()
    }
}
