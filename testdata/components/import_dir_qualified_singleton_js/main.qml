import QtQml
import "lib" as L
QtObject {
    property L.Button b: L.Button { text: "ok" }
    Component.onCompleted: {
        console.log(L.Theme.color, b.color)
        L.Theme.color = "red"
        console.log(b.color)
        console.log(typeof L.Helpers, typeof L.Helpers.shout)
        if (typeof L.Helpers !== "undefined")
            console.log(L.Helpers.shout("hi"), L.Helpers.bump(), L.Helpers.bump())
        Qt.quit()
    }
}
