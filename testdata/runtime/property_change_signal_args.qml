import QtQml
QtObject {
    id: root
    property int value: 0
    property string name: "a"
    onValueChanged: function (v) { console.log("handler arg", v, arguments.length) }
    Component.onCompleted: {
        valueChanged.connect(function () { console.log("connected args", arguments.length, arguments[0]) })
        nameChanged.connect(function () { console.log("name args", arguments.length) })
        objectNameChanged.connect(function () { console.log("objectName args", arguments.length, arguments[0]) })
        value = 5
        name = "b"
        objectName = "x"
        Qt.quit()
    }
}
