import QtQml

QtObject {
    id: root
    signal s(n: int)
    onS: function (n) {
        console.log("enter", n)
        if (n < 3)
            s(n + 1)
        console.log("leave", n)
    }
    Component.onCompleted: {
        s(1)
        Qt.quit()
    }
}
