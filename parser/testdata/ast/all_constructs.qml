// A document using every construct of the QML grammar.
import QtQml 2.15 as Q
import QtQml
import "dir" as D
import "util.js" as Util
pragma Singleton
pragma ComponentBehavior: Bound
Q.QtObject {
    id: root
    objectName: "root" ; property int semi: 1;
    property var f: function(a) { return a as string }
    property string s: "multi
line"
    property string esc: 'a\'b\n\u00e9\x41' + "\
continued"
    property real nums: 0x1F + 0o17 + 0b101 + 1e3 + .5
    default property list<QtObject> kids
    readonly property int ro: 1
    required property int req
    default required property var dr
    required req2
    signal sig(a: int, b: string)
    signal old(int a, var b)
    signal bare
    signal empty()
    enum Color { Red, Green = 5, Blue }
    component Inline: QtObject { property int q: 1 }
    function f2(a: int, b): real { if (a) { return 1 } else return b / 2 }
    function untyped(a, b) { return a + b }
    onSig: (a, b) => console.log(a, b)
    onOld: function(a) { console.log(`t ${a + `${1}`} ${ {x: 1}.x }`) }
    Component.onCompleted: if (x) foo(); else bar()
    Component.onDestruction: try { a() } catch (e) { } finally { }
    property int x: cond
        ? 1
        : 2
    property int y: a
        + b
        - c
    property var re: /ab+c[/]/g.test("x") ? 1 : 2 / 3
    property Q.QtObject obj: Q.QtObject { objectName: "o" }
    property list<QtObject> objs: [ QtObject {}, QtObject { id: two } ]
    property var arr: [1, 2, [3]]
    property var objlit: ({ a: 1, "b": [2], int: 3 })
    property var empty: ;
    font { bold: true; pixelSize: 12 }
    font.family: "x"
    NumberAnimation on x { }
    property int property: 3
    property int signal: 4
    property int readonly: 5
    property int component: 6
    property int on: 7
    property var ünïcode: 8
    Item { id: child; x: 1; y: 2 }
    Item {} Item {}
    onXChanged: {
        var a = 1
        a++
        let b = a ? { } : []
    }
    property var sw: switch (a) { case 1: break }
    states: [
        QtObject { objectName: "s1" },
        QtObject { objectName: "s2" }
    ]
}
