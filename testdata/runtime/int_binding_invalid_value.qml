import QtQml

QtObject {
    property string src: "1"
    property int n: src
    Component.onCompleted: {
        console.log("n", n)
        src = "abc"
        console.log("n", n)
        src = "3"
        console.log("n", n)
        Qt.quit()
    }
}
