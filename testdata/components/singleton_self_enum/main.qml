import QtQml
import "."

// A singleton whose own binding reads its enum (Config.Mid): one instance,
// no endless re-creation.

QtObject {
    Component.onCompleted: { console.log(Config.level, Config.Mid); Qt.quit() }
}
