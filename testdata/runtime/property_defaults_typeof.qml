import QtQml

QtObject {
    id: root
    enum Color { Red, Green }
    property int i
    property real r
    property double d
    property bool b
    property string s
    property url u
    property var v
    property list<QtObject> l
    property QtObject o
    property date dt
    Component.onCompleted: {
        console.log("int", i, typeof i)
        console.log("real", r, typeof r)
        console.log("double", d, typeof d)
        console.log("bool", b, typeof b)
        console.log("string", JSON.stringify(s), typeof s)
        console.log("url", JSON.stringify(u.toString()), typeof u, u == "")
        console.log("var", v, typeof v)
        console.log("list", l.length, typeof l)
        console.log("object", o, typeof o)
        console.log("date", typeof dt)
        Qt.quit()
    }
}
