import QtQml

QtObject {
    property int n: 1
    property string label: {
        if (n < 0)
            throw new Error("negative: " + n)
        return "n=" + n
    }
    property Timer timer: Timer {
        interval: 1
        running: true
        onTriggered: {
            console.log(label)
            n = -1
            console.log(label)
            n = -2
            console.log(label)
            n = 2
            console.log(label)
            Qt.quit()
        }
    }
}
