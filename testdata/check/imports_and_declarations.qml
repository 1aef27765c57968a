import QtQml
import Not.There 1.0

QtObject {
    property int Size
}
