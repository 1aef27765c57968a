import QtQml

QtObject {
    property Widget w: Widget {
        property string size: "shadowed"
    }
    Component.onCompleted: {
        console.log(w.size, typeof w.size, w.label)
        Qt.quit()
    }
}
