import QtQuick
// Order of a state change's writes: a PropertyChanges applies its values last
// declared first; leaving a state reverts in that order, except that the
// properties an earlier state changed too keep their earlier place; a
// property both states set alike does not change; the childrenRect of the
// parent follows before each handler runs.
Item {
    id: root
    onChildrenRectChanged: if (ready) console.log("childrenRect", childrenRect)
    property bool ready: false
    Rectangle { id: a; x: 5; width: 20; height: 10
        onXChanged: console.log("a.x", x)
        onWidthChanged: console.log("a.width", width)
        onColorChanged: console.log("a.color", color)
        onOpacityChanged: console.log("a.opacity", opacity)
        states: [
            State { name: "s1"; PropertyChanges { target: a; x: 50; color: "green"; width: 30; opacity: 0.5 } },
            State { name: "moved"; PropertyChanges { target: a; x: 50; color: "green" } },
            State { name: "big"; PropertyChanges { target: a; x: 50; width: 80; color: "green" } }
        ]
    }
    Component.onCompleted: {
        ready = true
        a.state = "s1"; console.log("-- to moved")
        a.state = "moved"; console.log("-- to none")
        a.state = ""; console.log("-- to moved")
        a.state = "moved"; console.log("-- to big")
        a.state = "big"; console.log("-- to none")
        a.state = ""
        Qt.quit()
    }
}
