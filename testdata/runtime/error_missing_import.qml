QtObject {
    Component.onCompleted: Qt.quit()
}
