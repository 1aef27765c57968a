import QtQml

QtObject {
    id: root
    property QtObject other: QtObject { id: outerDocId; objectName: "outer" }
    property int rootProp: 99
    property Secretive s: Secretive { id: sec }
    Component.onCompleted: {
        console.log(s.innerValue, s.readHidden(), sec.inner.value)
        console.log("component reads document id:", s.readOuter())
        console.log("component reads document root property:", s.readRootProp())
        console.log("typeof secretRoot:", typeof secretRoot)
        Qt.quit()
        console.log(hidden.value)
    }
}
