import QtQml

// int, real, bool and string properties assigned values of every kind.

QtObject {
    id: root
    property int i: 0
    property real r: 0
    property bool b: false
    property string s: ""
    property var v
    property date dt
    property url u
    property list<int> li
    property list<real> lr
    property list<string> ls
    property list<bool> lb
    property int changes: 0
    onIChanged: changes++
    onSChanged: changes++
    function set(name, value) {
        try { root[name] = value; console.log(name, JSON.stringify(value), "->", JSON.stringify(root[name]), typeof root[name]) }
        catch (e) { console.log(name, JSON.stringify(value), "!", e.message) }
    }
    Component.onCompleted: {
        var vals = ["0x10", "1e3", "false", "0", "", " 4 ", "12abc", 12.5, 3.99, -3.5, 2147483648, -2147483649, true, null, undefined, [7], [], {}, [1, 2], NaN, Infinity]
        for (var n of ["i", "r", "b", "s"])
            for (var x of vals) set(n, x)
        console.log("changes", changes)
        i = 5; i = 5; s = "a"; s = "a"
        console.log("changes", changes)
        Qt.exit(0)
    }
}
