import QtQml

QtObject {
    property int a: 2
    property int b: a * 10 + 1
    property string s: "a=" + a
    Component.onCompleted: {
        console.log(b, s)
        a = 5
        console.log(b, s)
        Qt.quit()
    }
}
