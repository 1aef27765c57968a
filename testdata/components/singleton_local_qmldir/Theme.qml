pragma Singleton
import QtQml

QtObject {
    property string color: "red"
    property int instances: 0
    Component.onCompleted: console.log("Theme completed")
}
