import QtQml

QtObject {
    id: root
    property QtObject thing: QtObject { id: thing; objectName: "object with id thing" }
    property QtObject child: QtObject {
        property string thing: "child property named thing"
        Component.onCompleted: console.log("in child:", thing)
    }
    property QtObject other: QtObject {
        Component.onCompleted: console.log("in other:", thing.objectName)
    }
    Component.onCompleted: {
        console.log("in root:", thing.objectName)
        Qt.quit()
    }
}
