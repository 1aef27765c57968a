import QtQml

QtObject {
    component Box: QtObject {
        default property list<QtObject> contents
        property string label: "box"
        Component.onCompleted: console.log(label, "has", contents.length)
    }
    property Box box: Box {
        label: "outer"
        QtObject { objectName: "a" }
        QtObject { objectName: "b" }
        Box { label: "inner"; QtObject { objectName: "c" } }
    }
    Component.onCompleted: {
        console.log(box.contents.length, box.contents[0].objectName, box.contents[1].objectName)
        console.log(box.contents[2].label, box.contents[2].contents[0].objectName)
        Qt.quit()
    }
}
