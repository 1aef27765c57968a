import QtQml
import "typeerror_helper.js" as Helper

// Uncaught TypeErrors in a JavaScript file: a top-level variable holding
// null is named null; others read undefined.
QtObject {
    signal run(var f)
    onRun: (f) => f()
    Component.onCompleted: {
        run(() => Helper.lookup("a"))
        run(() => Helper.lookupMissing("a"))
        run(() => Helper.call(undefined))
        run(() => Helper.call({}))
        run(() => Helper.setCache())
        Qt.quit()
    }
}
