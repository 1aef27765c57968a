import QtQml

QtObject {
    id: root
    property QtObject source: QtObject { id: source; property int value: 1 }
    property QtObject mirror: QtObject { id: mirror; property int copy: source.value * 100 }
    property int viaMirror: mirror.copy + 1
    Component.onCompleted: {
        console.log(mirror.copy, viaMirror)
        source.value = 2
        console.log(mirror.copy, viaMirror)
        Qt.quit()
    }
}
