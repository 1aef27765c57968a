import QtQml
import QtTest

// qmltestrunner shows documents in a QQuickView: a non-Item root is refused.
QtObject {
    Component.onCompleted: console.log("QtObject root completed")
}
