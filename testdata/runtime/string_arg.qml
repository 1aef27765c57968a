import QtQml

QtObject {
    Component.onCompleted: {
        console.log("%1 and %2".arg("A").arg("B"))
        console.log("%2 before %1".arg("one").arg("two"))
        console.log("%1 %1 %1".arg("x"))
        console.log("%1 %3".arg("low").arg("high"))
        console.log("n=%1".arg(42), "r=%1".arg(1.5), "neg=%1".arg(-3))
        console.log("b=%1".arg(true), "null=%1".arg(null), "undef=%1".arg(undefined))
        console.log("no placeholder".arg("ignored"))
        console.log("%1%2".arg("%2").arg("Z"))
        console.log("%10 %1".arg("a"))
        console.log("big=%1".arg(1e21), "small=%1".arg(0.1 + 0.2))
        Qt.quit()
    }
}
