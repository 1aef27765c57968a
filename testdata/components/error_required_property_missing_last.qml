import QtQml

// Qt notes a required property once per type: the instance set up last
// (here the first declared) decides whether the error is reported.
QtObject {
    property NeedsName missing: NeedsName { count: 1 }
    property NeedsName ok: NeedsName { name: "given" }
    Component.onCompleted: { console.log("root completed"); Qt.callLater(Qt.exit, 0) }
}
