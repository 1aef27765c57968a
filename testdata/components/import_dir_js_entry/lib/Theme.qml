pragma Singleton
import QtQml
QtObject {
    property string color: "blue"
    Component.onCompleted: console.log("Theme completed")
}
