import QtQuick
// vector/quaternion/matrix properties: defaults, string literals, copies on
// assignment, component writes that emit the change signal (point too).
Item {
    property vector3d p: "1,2,3"
    property real px: p.x * 2
    property vector2d v2: "1.5,2"
    property vector4d v4
    property quaternion q
    property matrix4x4 m
    property var held: Qt.vector3d(0, 0, 0)
    property point pt: "3,4"
    onPChanged: console.log("pChanged", p)
    onPxChanged: console.log("pxChanged", px)
    onV2Changed: console.log("v2Changed", v2)
    onPtChanged: console.log("ptChanged", pt)
    Component.onCompleted: {
        console.log(p, v2, v4, q, m, px)
        p.x = 1
        console.log("same x done")
        p.x = 4
        p = "7,8,9"
        console.log(p)
        try { p = 5 } catch (e) { console.log(e) }
        try { p = Qt.vector2d(1, 2) } catch (e) { console.log(e) }
        var a = p
        a.y = 100
        console.log(p, a)
        var c = Qt.vector3d(1, 1, 1)
        p = c
        c.x = 50
        console.log(p, c)
        v2.y = 3
        pt.y = 9
        var ptCopy = pt
        pt = Qt.point(0, 0)
        ptCopy.x = 77
        console.log(pt, ptCopy)
        held.x = 3
        console.log(held, typeof held.plus)
        Qt.quit()
    }
}
