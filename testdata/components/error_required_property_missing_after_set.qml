import QtQml

QtObject {
    property NeedsName ok: NeedsName { name: "given" }
    property NeedsName missing: NeedsName { count: 1 }
    Component.onCompleted: { console.log("root completed"); Qt.quit() }
}
