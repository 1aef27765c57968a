import QtQml

QtObject {
    property var src: null
    property int value: src.v
    property string text: missingName + "!"
    Component.onCompleted: {
        console.log("value", value, "text", JSON.stringify(text))
        Qt.quit()
    }
}
