import QtQml

QtObject {
    function Start() { return 1 }
    function stop() {}
    function stop() {}
    nothere: 1
    Component.onCompleted: Qt.quit()
}
