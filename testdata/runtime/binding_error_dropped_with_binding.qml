import QtQml

QtObject {
    property var source: ({})
    property int count: source.text
    Component.onCompleted: {
        source = { text: "many" }
        console.log(count)
        count = 7
        console.log(count)
        Qt.quit()
    }
}
