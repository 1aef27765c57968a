pragma Singleton
import QtQml
QtObject {
    enum Level { Low, Mid = 4, High }
    property int level: 4
    function describe(l) { return l === Config.High ? "high" : "not high" }
}
