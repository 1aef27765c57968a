import QtQml

QtObject {
    Component.onCompleted: {
        console.log(DupEnum.On, DupEnum.Off)
        Qt.quit()
    }
}
