import QtQml
// A binding giving null to a property that cannot hold it: "Unable to
// assign null to ..." (not std::nullptr_t). While a creation is in
// progress, a binding that fails again keeps its place among the held
// warnings (printed last to first when the creation ends).
QtObject {
    id: root
    property var data: ({})
    property int count: data.count
    property string name: data.name
    property real ratio: data.missing
    property bool flag: data.flag
    property QtObject obj: data.obj
    property date when: data.when
    property url link: data.link
    Component.onCompleted: {
        console.log(count, name, ratio, flag, obj, when, link)
        data = {count: "7", name: 42, missing: "x", flag: "yes", obj: 5, when: "2020-01-01", link: 12}
        console.log(count, name, ratio, flag, obj, when, link)
        data = {count: 3.6, name: null, missing: null, flag: 0, obj: null, when: null, link: null}
        console.log(count, name, ratio, flag, obj, when, link)
        later.start()
    }
    property Timer later: Timer {
        interval: 1
        onTriggered: {
            root.data = {count: null, missing: null, when: null, link: null}
            root.data = {count: 1, missing: "x", when: 5, link: 5}
            Qt.quit()
        }
    }
}
