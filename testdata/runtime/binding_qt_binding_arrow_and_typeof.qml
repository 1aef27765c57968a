import QtQml

QtObject {
    property int a: 4
    property string s
    property var v
    Component.onCompleted: {
        var bnd = Qt.binding(() => "a is " + a)
        console.log(typeof bnd, bnd)
        s = bnd
        console.log(s)
        a = 5
        console.log(s)
        v = Qt.binding(function () { return [a, a] })
        a = 6
        console.log(JSON.stringify(v))
        Qt.quit()
    }
}
