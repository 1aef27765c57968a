import QtQml

QtObject {
    id: secretRoot
    property QtObject inner: QtObject { id: hidden; property int value: 11 }
    property int innerValue: hidden.value
    function readOuter() {
        try { return outerDocId.objectName } catch (e) { return e.name + ": " + e.message }
    }
    function readRootProp() { try { return rootProp } catch (e) { return e.name + ": " + e.message } }
    function readHidden() { return hidden.value }
}
