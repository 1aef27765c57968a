import QtQml
import "parts"
QtObject {
    property Loader2 l: Loader2 {}
    Component.onCompleted: {
        console.log(l.v, l.inner.where)
        var o = l.make()
        console.log(o.where)
        console.log(l.resolve("x.qml"))
        console.log(Qt.resolvedUrl("x.qml").toString().replace(/.*\//, ""))
        var c = Qt.createComponent("parts/deep/Inner.qml")
        console.log(c.status)
        Qt.quit()
    }
}
