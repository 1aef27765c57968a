import QtQml as Q

Q.QtObject {
    id: root
    property Q.QtObject inner: Q.QtObject { objectName: "inner" }
    property Q.Timer timer: Q.Timer { interval: 7 }
    Q.Component.onCompleted: {
        console.log(inner.objectName, timer.interval, timer.repeat)
        Qt.quit()
    }
}
