import QtQml

QtObject {
    property NeedsName missing: NeedsName { count: 1 }
    property NeedsName ok: NeedsName { name: "given" }
    Component.onCompleted: { console.log("root completed"); Qt.quit() }
}
