import QtQml
QtObject {
    id: root
    property int n: 3
    signal done(int code)
    function twice(x: int): int { return x * 2 }
    Timer { interval: 10; running: true; onTriggered: root.done(twice(n)) }
}
