// A binding that fails each time it is evaluated is reported at the same
// place every time, however often it runs; one that recovers gives its
// value, and statement bindings keep their returns.
import QtQml
QtObject {
    id: root
    property int n: 0
    property var obj: ({})
    property int bad: n >= 0 ? obj.missing.deeper : 0
    property string label: {
        if (n > 2)
            throw new Error("too big " + n)
        return "n=" + n
    }
    property int twice: {
        if (n % 2)
            return n * 2
        return -n
    }
    property QtObject kid: QtObject {
        property int sum: root.n + root.twice
        onSumChanged: console.log("sum", sum, "twice", root.twice)
    }
    Component.onCompleted: {
        for (var i = 1; i <= 5; i++) {
            n = i
            console.log("n", n, "label", label, "twice", twice)
        }
        Qt.quit()
    }
}
