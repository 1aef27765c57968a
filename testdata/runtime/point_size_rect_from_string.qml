import QtQml

QtObject {
    property point p
    property size s
    property rect r
    function t(f) { try { f() } catch (e) { console.log("threw", e) } }
    Component.onCompleted: {
        t(() => { p = "1,2"; console.log(p) })
        t(() => { p = " 3.5 , -4 "; console.log(p) })
        t(() => { p = "5"; console.log(p) })
        t(() => { p = "1,2,3"; console.log(p) })
        t(() => { p = "a,b"; console.log(p) })
        t(() => { s = "3x4"; console.log(s) })
        t(() => { s = "3,4"; console.log(s) })
        t(() => { s = "2.5x1e1"; console.log(s) })
        t(() => { r = "1,2,3x4"; console.log(r) })
        t(() => { r = "1,2,3,4"; console.log(r) })
        t(() => { p = {x: 7, y: 8}; console.log(p) })
        t(() => { s = {width: 7, height: 8}; console.log(s) })
        t(() => { r = {x: 1, y: 2, width: 3, height: 4}; console.log(r) })
        Qt.quit()
    }
}
