import QtQml

QtObject {
    property string src: "12"
    property real x: 2.7
    property int fromString: src
    property int fromReal: x
    property int fromBool: x > 1
    Component.onCompleted: {
        console.log(fromString, fromReal, fromBool)
        src = "8.6"
        x = -2.7
        console.log(fromString, fromReal, fromBool)
        Qt.quit()
    }
}
