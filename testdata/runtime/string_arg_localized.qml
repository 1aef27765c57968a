import QtQml

// String.arg with %L placeholders (numbers in the locale's format) and translation functions.

QtObject {
    Component.onCompleted: {
        console.log("%L1".arg(1234567.891), "%L1".arg("str"), "%L1 %1".arg(1234), "%L2 %1".arg(5), "%L1".arg(-1234.5), "%L1".arg(true), "%L1".arg(2147483648), "%L1".arg(999), "%L1".arg(-1000000))
        console.log("%L".arg(1), "%LL1".arg(2), "%L01".arg(3), "%L12".arg(4), "100%L1".arg(5), "%L1%L1".arg(12345))
        Qt.exit(0)
    }
}
