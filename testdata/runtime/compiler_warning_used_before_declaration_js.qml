import QtQml
import "compiler_warning_used_before_declaration.js" as L
QtObject {
    Component.onCompleted: { console.log(L.f(), L.g(), L.h()); Qt.exit(0) }
}
