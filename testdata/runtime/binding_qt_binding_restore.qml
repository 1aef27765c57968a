import QtQml

QtObject {
    property int a: 1
    property int b: 0
    onBChanged: console.log("bChanged", b)
    Component.onCompleted: {
        b = Qt.binding(function () { return a * 10 })
        console.log("installed", b)
        a = 2
        console.log("a=2", b)
        b = 5
        a = 3
        console.log("after plain assignment and a=3", b)
        Qt.quit()
    }
}
