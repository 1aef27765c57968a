import QtQml

QtObject {
    id: root
    property string src: "1"
    property var vsrc: "1"
    property int a: src
    property int b: vsrc
    property int c: src + ""
    property int d: String(src)
    property int e: root.src
    property int f: { return src }
    property int g: (src)
    property int h: flag ? src : 1
    property bool flag: false
    property real r: src
    property url u: vsrc
    property string s: vsrc
    property int fromUndef: vsrc
    function go() {
        flag = true
        src = "abc"
        vsrc = "xyz"
        console.log(a, b, c, d, e, f, g, h, r, u, s)
        vsrc = undefined
        console.log(b, u, s, fromUndef)
        Qt.quit()
    }
    property Timer t: Timer { running: true; interval: 1; onTriggered: root.go() }
}
