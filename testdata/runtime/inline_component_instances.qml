import QtQml

QtObject {
    id: root
    component Point3: QtObject {
        property real x
        property real y
        property real z: x + y
        function len() { return Math.sqrt(x * x + y * y + z * z) }
    }
    property Point3 p: Point3 { x: 1; y: 2 }
    property list<QtObject> pts: [Point3 { x: 3 }, Point3 { y: 4 }]
    Component.onCompleted: {
        console.log(p, p.z, p.len().toFixed(3), pts.length, pts[0].z, pts[1].z)
        console.log(pts, JSON.stringify(p))
        p.x = 10
        console.log(p.z)
        Qt.quit()
    }
}
