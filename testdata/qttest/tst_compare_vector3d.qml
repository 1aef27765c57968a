import QtQuick
import QtTest

// compare() and tryCompare() print a vector3d as Qt.vector3d(X, Y, Z) (the
// components as floats, 6 significant digits, -0 as 0); other vectors print
// as QVector2D(...)/QVector4D(...).
TestCase {
    name: "Vector3D"
    property vector3d position: Qt.vector3d(0.1, 1234567.5, 1e-7)

    function test_equal() { compare(Qt.vector3d(1, 2, 3), Qt.vector3d(1, 2, 3)) }
    function test_different() { compare(position, Qt.vector3d(1 / 3, -2.5, 100000000)) }
    function test_against_number() { compare(Qt.vector3d(1.5, 0, -0), 5) }
    function test_special() { compare(Qt.vector3d(NaN, Infinity, -Infinity), Qt.vector3d(0, 0, 0)) }
    function test_vector2d() { compare(Qt.vector2d(0.1, 2), Qt.vector2d(1, 3)) }
    function test_vector4d() { compare(Qt.vector4d(0.1, 2, 3, 4), Qt.vector4d(1, 3, 3, 4)) }
    function test_plain_object() { compare({x: 1, y: 2, z: 3}, {x: 1, y: 2, z: 4}) }
    function test_fuzzy() { fuzzyCompare(Qt.vector3d(1, 2, 3), Qt.vector3d(1, 2, 4), 0.1) }
    function test_try_compare() { tryCompare(this, "position", Qt.vector3d(1, 1, 1), 50) }
}
