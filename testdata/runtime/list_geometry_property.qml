import QtQml

// list<point>, list<size>, list<rect> take only values of their type (others
// warn and become the zero value); an element read is a copy. list<variant>
// is list<var>.
QtObject {
    property list<point> lp: [Qt.point(1, 2), "3,4", {x: 5, y: 6}, 7, null, Qt.size(1, 1)]
    property list<size> ls: [Qt.size(1, 2), "3x4", {width: 5, height: 6}]
    property list<rect> lr: [Qt.rect(1, 2, 3, 4), "1,2,3x4", {x: 1, y: 2, width: 3, height: 4}]
    property list<variant> lv: [1, "a", {b: 2}]
    onLpChanged: console.log("lpChanged")
    Component.onCompleted: {
        console.log(lp.length, lp)
        console.log(ls.length, ls)
        console.log(lr.length, lr)
        console.log(lv.length, lv, JSON.stringify(lv))
        lp[0].x = 100
        console.log(lp[0])
        var p = lp[1]; p.x = 50; console.log(lp[1], p)
        lp.push(Qt.point(9, 9))
        console.log(lp[lp.length - 1], JSON.stringify(lp))
        lp.length = 8
        console.log(lp[7])
        Qt.quit()
    }
}
