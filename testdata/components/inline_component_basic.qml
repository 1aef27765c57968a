import QtQml

QtObject {
    id: root
    component Counter: QtObject {
        property int count: 0
        property string name: "counter"
        signal bumped(int by)
        function bump(n) { count += n; bumped(n); return count }
        Component.onCompleted: console.log("Counter completed", name, count)
    }
    property Counter first: Counter { name: "first" }
    property Counter second: Counter {
        name: "second"
        count: 10
        onBumped: (by) => console.log("second bumped by", by, "now", count)
    }
    Component.onCompleted: {
        console.log(first.bump(2), first.bump(3))
        console.log(second.bump(1))
        console.log(first.count, second.count, first === second)
        console.log(typeof first, typeof first.bump)
        Qt.quit()
    }
}
