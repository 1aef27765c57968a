import QtQml
import "later_syntax_catch.js" as Lib
QtObject {
    Component.onCompleted: { console.log(Lib.f()); Qt.exit(0) }
}
