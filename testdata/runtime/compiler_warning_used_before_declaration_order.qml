import QtQml
QtObject {
    id: root
    signal ping()
    function a() { return a1; var a1 }
    property QtObject child: QtObject {
        function b() { return b1; var b1 }
        property int q: { return q1; var q1 }
    }
    onPing: { h1; var h1 }
    function c() { return c1; var c1 }
    property list<QtObject> arr: [ QtObject { function d() { return d1; var d1 } } ]
    property int z: { return z1; var z1 }
    Component.onCompleted: { e1; var e1; Qt.exit(0) }
    property Timer t: Timer { onTriggered: { t1; var t1 } }
}
