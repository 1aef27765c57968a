import QtQml

QtObject {
    id: root
    objectName: "root"
    signal s(int a)
    property QtObject kid: QtObject {
        id: kid
        objectName: "kid"
        property string who: this ? this.objectName : "none"
        function m() { return this === kid }
        Component.onCompleted: console.log("kid completed this:", this.objectName)
    }
    onS: function (a) { console.log("handler this:", this.objectName, "arguments:", arguments.length, a) }
    function plain() { return this }
    Component.onCompleted: {
        s(1)
        console.log(kid.who, kid.m(), plain() === root, typeof this, this === root)
        var f = kid.m
        console.log(f(), f.call(root))
        var arrow = () => this
        console.log(arrow() === root)
        console.log((function () { return typeof this })(), (function () { "use strict"; return typeof this })())
        Qt.quit()
    }
}
