import QtQml

QtObject {
    property DefaultListHolder holder: DefaultListHolder {
        tag: "h"
        QtObject { objectName: "a" }
        QtObject { objectName: "b" }
        Timer { objectName: "c" }
    }
    Component.onCompleted: {
        console.log(holder.tag, holder.kids.length)
        for (var i = 0; i < holder.kids.length; i++)
            console.log(i, holder.kids[i].objectName)
        Qt.quit()
    }
}
