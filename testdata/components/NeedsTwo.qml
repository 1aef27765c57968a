import QtQml

QtObject {
    required property string name
    required property int age
    property string tag: "t" + age
    Component.onCompleted: console.log("NeedsTwo completed", name, age)
    Component.onDestruction: console.log("NeedsTwo destruction", name)
}
