pragma Singleton
import QtQml

QtObject {
    property string prefix: ">"
    property int created: 0
    property int maxLength: 10
    function decorate(s) { return prefix + " " + s }
    Component.onCompleted: console.log("ChatConfig singleton completed")
}
