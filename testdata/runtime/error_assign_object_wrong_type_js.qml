import QtQml

QtObject {
    property QtObject plain: QtObject {}
    property Timer timer: Timer {}
    Component.onCompleted: {
        try { timer = plain } catch (e) { console.log(e) }
        Qt.quit()
    }
}
