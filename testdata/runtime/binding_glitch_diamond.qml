import QtQml

QtObject {
    property int src: 1
    property int left: src * 2
    property int right: src * 3
    property string seen: "left=" + left + " right=" + right
    onSeenChanged: console.log("seen", seen)
    Component.onCompleted: {
        console.log("start", seen)
        src = 2
        console.log("end", seen)
        Qt.quit()
    }
}
