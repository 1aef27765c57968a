import QtQml
// vector3d is QtGui's: without a QtQuick import it is no property type.
QtObject {
    property vector3d p
    Component.onCompleted: { console.log(p); Qt.quit() }
}
