import QtQuick
Column {
    id: outer
    Rectangle { width: 5; height: 5 }
    Column { id: inner; Rectangle { width: 10; height: 10 } Rectangle { width: 10; height: 10 } }
    Rectangle { id: last; width: 5; height: 5 }
    Component.onCompleted: { console.log(outer.width, outer.height, inner.width, inner.height, inner.y, last.y); Qt.quit() }
}
