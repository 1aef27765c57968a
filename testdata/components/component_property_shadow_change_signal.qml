import QtQml

QtObject {
    property Widget w: Widget {
        property int size: 50
        onSizeChanged: console.log("instance sees sizeChanged", size)
    }
    Component.onCompleted: {
        console.log(w.size, w.label)
        w.size = 51
        console.log(w.size, w.label)
        Qt.quit()
    }
}
