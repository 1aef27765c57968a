import QtQml

QtObject {
    property DefaultSingleHolder holder: DefaultSingleHolder {
        onContentChanged: console.log("contentChanged", content.objectName)
        QtObject { objectName: "first" }
        QtObject { objectName: "second" }
    }
    Component.onCompleted: {
        console.log("content", holder.content.objectName)
        Qt.quit()
    }
}
