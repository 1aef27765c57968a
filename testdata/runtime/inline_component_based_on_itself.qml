// An inline component based on itself is refused as a cycle, before anything runs.
import QtQml
QtObject {
    component A: A { }
    property A a: A { }
    Component.onCompleted: { console.log("done"); Qt.quit() }
}
