// Two inline components based on each other form a cycle: Qt names the file, no position.
import QtQml
QtObject {
    component A: B { }
    component B: A { }
    Component.onCompleted: { console.log("done"); Qt.quit() }
}
