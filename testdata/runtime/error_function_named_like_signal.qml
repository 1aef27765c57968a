import QtQml

QtObject {
    signal done()
    function done() { console.log("done") }
    Component.onCompleted: Qt.quit()
}
