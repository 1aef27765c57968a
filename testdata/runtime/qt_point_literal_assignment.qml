import QtQml

QtObject {
    property point p: "5,6"
    property size s: "7x8"
    property rect r: "1,2,3x4"
    Component.onCompleted: {
        console.log(p, s, r)
        Qt.quit()
    }
}
