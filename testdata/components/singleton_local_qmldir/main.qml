import QtQml

QtObject {
    property Button b1: Button {}
    property Button b2: Button {}
    Component.onCompleted: {
        console.log("root completed", Theme.color, b1.color, b2.color)
        Theme.color = "blue"
        console.log(b1.color, b2.color)
        Qt.callLater(function() { console.log("instances", Theme.instances); Qt.quit() })
    }
}
