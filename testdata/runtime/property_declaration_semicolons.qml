import QtQml

QtObject {
    property QtObject helper: QtObject { objectName: "helper" };
    property list<QtObject> items: [ QtObject {} ];
    property int count: 2;;
    Component.onCompleted: { console.log(helper.objectName, items.length, count); Qt.quit() }
}
