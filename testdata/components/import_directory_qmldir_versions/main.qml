import QtQml
import "mod" as Latest
import "mod" 1.0 as Old

QtObject {
    property QtObject latest: Latest.Label {}
    property QtObject old: Old.Label {}
    Component.onCompleted: {
        console.log(latest.file, old.file)
        Qt.quit()
    }
}
