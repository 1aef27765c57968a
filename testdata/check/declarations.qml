pragma Singleten
import QtQml

QtObject {
    property int Count
    signal Done()
    default property QtObject a
    default property QtObject b
    objectName: "x"
    objectName: "y"
    enum Mode { On = 1.5 }
}
