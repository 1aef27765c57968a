import QtQml 2.15 as Q
import "dir" as D
pragma Singleton
Q.QtObject {
    id: root
    property var f: function(a: int): string { return a as string }
    property string s: "multi
line"
    readonly default property list<QtObject> kids
    required property int req
    signal sig(a: int, b: string)
    signal old(int a, var b)
    enum Color { Red, Green = 5, Blue }
    component Inline: QtObject { property int q: 1 }
    function f2(a: int, b): real { if (a) { return 1 } else return b / 2 }
    onSig: (a, b) => console.log(a, b)
    onOld: function(a) { console.log(`t ${a + `${1}`}`) }
    Component.onCompleted: if (x) foo(); else bar()
    property int x: cond
        ? 1
        : 2
    property var re: /ab+c/g.test("x") ? 1 : 2
    property Q.QtObject obj: Q.QtObject { objectName: "o" }
    property list<QtObject> objs: [ QtObject {}, QtObject { id: two } ]
    font { bold: true; pixelSize: 12 }
    font.family: "x"
    NumberAnimation on x { }
    property int property: 3
    property int signal: 4
    property int readonly: 5
    Item { id: child; x: 1; y: 2 }
    onXChanged: {
        var a = 1
        a++
    }
}
