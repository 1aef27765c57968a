// Qt.openUrlExternally: false when no application takes the url (always, in a
// headless runtime); an error without arguments.
import QtQml
QtObject {
    Component.onCompleted: {
        console.log(Qt.openUrlExternally("file:///nonexistent/zz.txt"))
        try { console.log(Qt.openUrlExternally()) } catch (e) { console.log(e) }
        Qt.quit()
    }
}
