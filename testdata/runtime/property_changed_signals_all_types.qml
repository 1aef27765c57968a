import QtQml

QtObject {
    property int i
    property real r
    property bool b
    property string s
    property url u
    property var v
    property QtObject o
    property list<QtObject> l
    onIChanged: console.log("iChanged", i)
    onRChanged: console.log("rChanged", r)
    onBChanged: console.log("bChanged", b)
    onSChanged: console.log("sChanged", s)
    onUChanged: console.log("uChanged", u)
    onVChanged: console.log("vChanged", v)
    onOChanged: console.log("oChanged", o)
    onLChanged: console.log("lChanged", l.length)
    Component.onCompleted: {
        i = 1; r = 1.5; b = true; s = "x"; u = "a.txt"; v = [1]; o = this; l = [this]
        console.log("--- same values again")
        i = 1; r = 1.5; b = true; s = "x"; u = "a.txt"; v = v; o = this; l = [this]
        Qt.quit()
    }
}
