import QtQml

QtObject {
    id: base
    property string kind: "base"
    property int level: 1
    property string summary: kind + "/" + level
    signal ping(string from)
    function describe() { return "BaseThing " + kind }
    function callDescribe() { return describe() }
    function baseOnly() { return "baseOnly " + base.kind }
    onPing: (from) => console.log("BaseThing onPing from", from)
    Component.onCompleted: console.log("BaseThing completed", kind, level)
}
