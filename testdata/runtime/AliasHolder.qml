import QtQml

QtObject {
    property QtObject store: QtObject { id: store; property int count: 1 }
    property alias count: store.count
}
