import QtQml
import "console_trace_helper.js" as T
// console.trace names a JavaScript file's top level "%entry" (without the
// frames of whoever first used the file) and anonymous functions "".
QtObject {
    Component.onCompleted: {
        T.f(); T.g();
        (function() { console.trace() })();
        [1].forEach(x => console.trace())
        Qt.quit()
    }
}
