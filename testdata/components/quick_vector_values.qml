import QtQuick
// QtGui value types made by Qt.vector2d/vector3d/vector4d/quaternion/matrix4x4:
// float components, %g printing, methods, keys and JSON.
Item {
    Component.onCompleted: {
        var a = Qt.vector3d(1, 2, 3)
        var b = Qt.vector3d(0.1, 0.2, 0.3)
        console.log(a, b, typeof a)
        console.log(a.x, a.y, a.z, b.x, b.y, b.z, b.x + b.y)
        console.log(a.plus(b), a.minus(b), a.times(2), a.times(b), a.dotProduct(b), a.crossProduct(Qt.vector3d(0, 1, 0)))
        console.log(a.length(), a.normalized(), a.fuzzyEquals(b), a.fuzzyEquals(a, 0.1), a.toVector4d(), a.toVector2d())
        console.log(Qt.vector3d(1, 2, 3).fuzzyEquals(Qt.vector3d(1.000001, 2, 3)), Qt.vector3d(0, 0, 0).fuzzyEquals(Qt.vector3d(0, 0, 0)))
        console.log(JSON.stringify(a), JSON.stringify(Qt.quaternion(1, 0, 0, 0)), Object.keys(a))
        console.log(a.toString(), String(a), "" + a)
        console.log(Qt.vector3d(1.1, 2.2, 3.3), Qt.vector3d(1/3, 1e10, -0.5), Qt.vector3d(123456789, 0.000001234, 1e-10), Qt.vector3d("a", 2, 3))
        try { Qt.vector3d(1, 2) } catch (e) { console.log("e1", e) }
        try { Qt.vector3d(1, 2, 3, 4) } catch (e) { console.log("e2", e) }
        var v2 = Qt.vector2d(3, 4)
        console.log(v2, v2.length(), v2.dotProduct(Qt.vector2d(1, 1)), v2.times(0.5), v2.toVector3d(), v2.toVector4d(), v2.normalized())
        var v4 = Qt.vector4d(1, 2, 3, 4)
        console.log(v4, v4.w, v4.length(), v4.toVector2d(), v4.toVector3d(), v4.dotProduct(v4), v4.times(2), Qt.vector4d(1, 1, 1, 1).normalized())
        var q = Qt.quaternion(1, 2, 3, 4)
        console.log(q, q.scalar, q.x, q.y, q.z, Object.keys(q), q.length(), q.times(Qt.quaternion(1, 0, 0, 0)))
        console.log(q.inverted(), q.conjugated(), Qt.quaternion(2, 0, 0, 0).normalized(), Qt.quaternion(0.7071, 0.7071, 0, 0).times(Qt.vector3d(0, 1, 0)))
        var m = Qt.matrix4x4(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)
        console.log(m, m.m11, m.m12, m.m44, m.determinant(), Qt.matrix4x4())
        console.log(JSON.stringify(m))
        console.log(m.times(a), m.times(m), m.transposed(), m.row(0), m.column(1), a.times(m))
        console.log(Qt.matrix4x4(2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 1).inverted(), m.times(2), m.plus(m), m.fuzzyEquals(m))
        console.log(Qt.vector3d(1, 2, 3).times(Qt.matrix4x4(1, 0, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7, 0, 0, 0, 1)))
        console.log(Qt.matrix4x4([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]))
        Qt.quit()
    }
}
