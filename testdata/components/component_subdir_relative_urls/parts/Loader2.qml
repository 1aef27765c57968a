import QtQml
import "deep"
import "calc.js" as Calc
QtObject {
    property int v: Calc.twice(21)
    property Inner inner: Inner {}
    function make() {
        var c = Qt.createComponent("deep/Inner.qml")
        console.log("inner status", c.status, c.url.toString().replace(/.*\/parts\//, "parts/"))
        return c.createObject(this)
    }
    function resolve(s) { return Qt.resolvedUrl(s).toString().replace(/.*\/parts\//, "parts/") }
}
