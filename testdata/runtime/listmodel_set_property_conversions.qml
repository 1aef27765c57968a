import QtQml

// ListModel.setProperty converts a value of another type as QVariant does, after its warning.
import QtQml.Models

QtObject {
    property ListModel m: ListModel {
        ListElement { n: 1; s: "str"; b: true }
    }
    Component.onCompleted: {
        var vals = ["10", " 2.5 ", "many", "", "0x10", "inf", true, false, 7, 0, 1.5, "false", "0", "FALSE", "yes", null, undefined, [1], { a: 1 }]
        for (var role of ["n", "s", "b"]) {
            for (var v of vals) {
                m.setProperty(0, role, v)
                var got = m.get(0)[role]
                console.log(role, JSON.stringify(v), "->", JSON.stringify(got), typeof got)
                m.setProperty(0, "n", 1); m.setProperty(0, "s", "str"); m.setProperty(0, "b", true)
            }
        }
        Qt.exit(0)
    }
}
