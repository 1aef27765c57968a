import QtQml

QtObject {
    property int a: 3
    property bool positive: a > 0
    property string s: "x"
    onAChanged: console.log("aChanged", a)
    onPositiveChanged: console.log("positiveChanged", positive)
    onSChanged: console.log("sChanged", s)
    Component.onCompleted: {
        a = 3
        a = 4
        a = 5
        a = -1
        s = "x"
        s = "y"
        Qt.quit()
    }
}
