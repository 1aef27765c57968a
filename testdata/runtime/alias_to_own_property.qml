import QtQml

QtObject {
    id: root
    property int real_: 3
    property alias mirror: root.real_
    onMirrorChanged: console.log("mirrorChanged", mirror)
    Component.onCompleted: {
        console.log(mirror)
        real_ = 4
        mirror = 5
        console.log(real_)
        Qt.quit()
    }
}
