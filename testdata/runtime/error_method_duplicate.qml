import QtQml

QtObject {
    function update(x) { return x }
    function update() {}
    nothere: 1
    Component.onCompleted: Qt.quit()
}
