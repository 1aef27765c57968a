import QtQml
import "js_import_helper.js" as H
import "js_import_util.js" as U

QtObject {
    id: root
    property int v: U.twice(21)
    Component.onCompleted: {
        console.log(v, H.bump(), H.bump(), H.counter, U.who())
        console.log(typeof H, typeof H.bump, H.describe([1]), H)
        try { H.fail() } catch (e) { console.log(e.name, e.message, e.lineNumber) }
        H.fail()
    }
    property Timer t: Timer { running: true; interval: 1; onTriggered: Qt.quit() }
}
