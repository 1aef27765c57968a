import QtQml

QtObject {
    property int a: 1
    property int b: a * 2
    Component.onCompleted: {
        console.log(b)
        a = 2
        console.log(b)
        b = 100
        console.log(b)
        a = 3
        console.log("after a=3, b stays", b)
        Qt.quit()
    }
}
