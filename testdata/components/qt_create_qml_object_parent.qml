import QtQml

QtObject {
    id: root
    property int base: 10
    property QtObject holder: QtObject {}
    Component.onCompleted: {
        var o = Qt.createQmlObject('import QtQml; QtObject { property int v: base + 1; Component.onDestruction: console.log("dyn destroyed") }', holder, "dynSnippet")
        console.log(o.v)
        base = 20
        console.log(o.v)
        holder.destroy()
        console.log("holder.destroy() called")
        Qt.callLater(function() { console.log("later", o); Qt.quit() })
    }
}
