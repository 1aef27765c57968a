import QtQml
QtObject {
    Component.onCompleted: { try { } catch { } }
}
