import QtQml

QtObject {
    property QtObject given: QtObject {
        required property int count
        count: 3
    }
    property QtObject missing: QtObject {
        required property string name
    }
    property Component later: Component {
        QtObject { required property int index }
    }
}
