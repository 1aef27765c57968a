pragma Singleton
import QtQml
QtObject {
    enum Size { Small, Large = 10 }
    property string color: "red"
    property int count: 0
    function next() { return ++count }
    Component.onCompleted: console.log("Theme completed")
    Component.onDestruction: console.log("Theme destroyed")
}
