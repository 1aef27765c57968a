import QtQml

BaseThing {
    id: derived
    kind: "derived"
    level: base2.level + 1
    property QtObject base2: QtObject { property int level: 10 }
    property string extra: "extra:" + summary
    function describe() { return "DerivedThing " + kind }
    onPing: (from) => console.log("DerivedThing onPing from", from)
    Component.onCompleted: console.log("DerivedThing completed", kind, level)
}
