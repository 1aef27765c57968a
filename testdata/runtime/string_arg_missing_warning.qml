import QtQml

QtObject {
    Component.onCompleted: {
        console.log("100%".arg(1))
        console.log("none".arg("x"))
        console.log("a\"b".arg(2.5))
        console.log("t".arg(true))
        console.log("n".arg(null), "u".arg(undefined))
        console.log("%0".arg("z"), "%100".arg("y"))
        console.log("o".arg({}), "arr".arg([1]))
        console.log("line\nnext".arg(-3))
        Qt.quit()
    }
}
