import QtQml

QtObject {
    component Base: QtObject {
        property int level: 1
        property string kind: "base"
        function describe() { return kind + "@" + level }
        Component.onCompleted: console.log("Base completed", kind)
    }
    component Derived: Base {
        kind: "derived"
        property int extra: level * 100
        function describe() { return "D(" + kind + "@" + level + "+" + extra + ")" }
        Component.onCompleted: console.log("Derived completed", extra)
    }
    component MoreDerived: Derived {
        level: 3
    }
    property Base b: Base {}
    property Derived d: Derived {}
    property Base m: MoreDerived {}
    Component.onCompleted: {
        console.log(b.describe(), d.describe(), m.describe())
        console.log(m.extra, m.kind)
        Qt.quit()
    }
}
