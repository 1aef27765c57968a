import QtQml

QtObject {
    id: root
    property int factor: 3
    property Widget plain: Widget {}
    property Widget custom: Widget {
        objectName: "custom"
        size: root.factor * 2
        onPoked: (times) => console.log("custom poked", times, "size", size)
        onSizeChanged: console.log("custom sizeChanged", size)
    }
    Component.onCompleted: {
        console.log(plain.objectName, plain.size, plain.label, plain.describe())
        console.log(custom.objectName, custom.size, custom.label, custom.describe())
        factor = 5
        console.log(custom.size, custom.label)
        custom.poked(2)
        Qt.quit()
    }
}
