import QtQml

QtObject {
    property DefaultSingleHolder holder: DefaultSingleHolder {
        QtObject { objectName: "content" }
    }
    Component.onCompleted: {
        console.log(holder.content.objectName)
        Qt.quit()
    }
}
