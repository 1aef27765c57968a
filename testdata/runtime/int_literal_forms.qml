import QtQml

QtObject {
    property int a: 42
    property int b: -7
    property int c: 0x1F
    property int d: 1e3
    property int e: +3
    property int f: 4.0
    Component.onCompleted: {
        console.log(a, b, c, d, e, f)
        Qt.quit()
    }
}
