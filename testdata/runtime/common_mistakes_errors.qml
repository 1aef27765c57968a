import QtQml

// Everyday mistakes: writes of unknown properties and wrong types, a destroyed object used later.

QtObject {
    id: root
    property int num: 0
    property string str: ""
    property QtObject child: QtObject { objectName: "kid"; property int v: 1 }
    property int fromUndefined: undefined
    property int fromBadCall: root.nothingHere()
    property int fromMissingId: missingId.value
    Component.onCompleted: {
        try { root.notDeclared = 5; console.log("expando", root.notDeclared) } catch (e) { console.log("A", e.message) }
        try { num = undefined } catch (e) { console.log("U", e.message) }
        try { num = "abc" } catch (e) { console.log("B", e.message) }
        try { num = {} } catch (e) { console.log("C", e.message) }
        str = 12; console.log("str", str, typeof str)
        try { str = undefined } catch (e) { console.log("D", e.message) }
        console.log("str2", JSON.stringify(str))
        var c = child
        c.destroy()
        Qt.callLater(function () {
            console.log("after destroy", child, c)
            try { console.log(c.v) } catch (e) { console.log("E", e.message) }
            try { c.v = 3 } catch (e) { console.log("F", e.message) }
            try { c.destroy() } catch (e) { console.log("G", e.message) }
            try { root.destroy(); console.log("root destroy ok") } catch (e) { console.log("H", e.message) }
            Qt.exit(0)
        })
    }
}
