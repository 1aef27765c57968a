import QtQml
QtObject {
    Component.onCompleted: { var s = "abc
    }
}
