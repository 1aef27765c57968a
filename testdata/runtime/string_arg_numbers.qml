import QtQml

QtObject {
    Component.onCompleted: {
        console.log("%1".arg(-0), "%1".arg(2 ** 62), "%1".arg(2 ** 63), "%1".arg(1e20), "%1".arg(-7), "%1".arg(0.5), "%1".arg(1234567.5))
        console.log("%1".arg(NaN), "%1".arg(Infinity), "%1".arg(1e-7), "%1".arg(false))
        Qt.quit()
    }
}
