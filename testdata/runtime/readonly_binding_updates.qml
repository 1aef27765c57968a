import QtQml

QtObject {
    property int base: 2
    readonly property int doubled: base * 2
    onDoubledChanged: console.log("doubledChanged", doubled)
    Component.onCompleted: {
        console.log(doubled)
        base = 10
        console.log(doubled)
        Qt.quit()
    }
}
