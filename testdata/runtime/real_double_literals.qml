import QtQml

QtObject {
    property real a: 1
    property real b: 2.5
    property real c: -0.125
    property double d: 1e-3
    property double e: 0.1 + 0.2
    property real f: 1 / 3
    Component.onCompleted: {
        console.log(a, b, c, d, e, f)
        console.log(a === 1, typeof a, typeof d)
        Qt.quit()
    }
}
