import QtQml
// Objects declaring members print as BASE_QML_N with the C++ base class.
QtObject {
    id: root
    property Timer t: Timer { property int x: 1 }
    property QtObject q: QtObject { property int x: 1 }
    property Connections c: Connections { property int x: 1 }
    Component.onCompleted: { console.log(t, q, c, root); Qt.quit() }
}
