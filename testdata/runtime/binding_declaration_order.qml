import QtQml

QtObject {
    property int total: later + earlier
    property int earlier: 1
    property string text: "later is " + later
    property int later: earlier * 5
    Component.onCompleted: {
        console.log(total, earlier, later, text)
        earlier = 2
        console.log(total, text)
        Qt.quit()
    }
}
