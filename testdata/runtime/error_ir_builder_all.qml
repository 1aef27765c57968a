import QtQml

QtObject {
    id: root
    property int count
    property string count
    signal Started()
    signal done()
    signal done(int code)
    property alias Name: root.objectName
    property int Size: 1
    default property QtObject first
    default property QtObject second
    enum Color { Red, Green }
    enum Color { Blue }
    enum mode { On }
    enum Level { Low = 1.5, high }
    Component.onCompleted: console.log("one")
    Component.onCompleted: console.log("two")
    nothere: 1
}
