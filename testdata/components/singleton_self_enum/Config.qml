pragma Singleton
import QtQml

QtObject {
    enum Level { Low, Mid, High }
    property int level: Config.Mid
}
