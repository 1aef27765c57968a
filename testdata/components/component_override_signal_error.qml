import QtQml

QtObject {
    property Widget w: Widget {
        signal poked(string times)
    }
    Component.onCompleted: {
        console.log(w.describe())
        w.poked("x")
        Qt.quit()
    }
}
