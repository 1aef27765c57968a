import QtQml

// Property names start lower case: Qt reports every declaration that does
// not (after the type, which may be spelled alike) and loads nothing.
QtObject {
    property int Count: 1
    property QtObject child: QtObject {
        property list<QtObject> Items
    }
    property Timer Timer
    property string fine: "ok"
    Component.onCompleted: {
        console.log("not reached")
        Qt.quit()
    }
}
