import QtQml

QtObject {
    id: root
    function m1() {}
    signal s1()
    property int a: 1
    function m2(x) {}
    signal s2(int x)
    property int b
    property Timer t: Timer {}
    property QtObject q: QtObject {}
    Component.onCompleted: {
        console.log(Object.keys(root))
        console.log(Object.keys(t).filter(k => k !== "parent"))
        console.log(Object.keys(q))
        Qt.quit()
    }
}
