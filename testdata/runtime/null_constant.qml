import QtQml

// `p: null` is a constant in Qt, assigned as the object is made (before any
// binding runs): objects and var properties get null; other value types warn
// when the document is compiled (last first) and keep their default, except
// string and url, which read "null".
QtObject {
    property var v: null
    property QtObject o: null
    property int value: v === null ? 1 : 2
    property string a: null
    property url u: null
    property QtObject child: QtObject {
        property int c: null
        property real d: null
        property date when: null
        property point at: null
    }
    property bool b: null
    property list<QtObject> kids: [ QtObject { property string e: null } ]
    Component.onCompleted: {
        console.log("value", value, v, o, JSON.stringify(a), a.length, JSON.stringify(u), String(u))
        console.log(child.c, child.d, child.when, child.at, b, kids[0].e)
        a = null
        console.log("after", JSON.stringify(a))
        Qt.quit()
    }
}
