import QtQml

QtObject {
    property DefaultListHolder holder: DefaultListHolder {
        Component.onCompleted: console.log("holder completed")
        QtObject { Component.onCompleted: console.log("child 1 completed") }
        QtObject { Component.onCompleted: console.log("child 2 completed") }
        QtObject { Component.onCompleted: console.log("child 3 completed") }
    }
    Component.onCompleted: {
        console.log("root completed")
        Qt.quit()
    }
}
