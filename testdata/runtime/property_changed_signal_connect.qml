import QtQml

QtObject {
    id: root
    property int count: 0
    Component.onCompleted: {
        console.log(typeof countChanged, typeof root.countChanged)
        countChanged.connect(function () { console.log("connected countChanged", count) })
        count = 1
        root.countChanged()
        Qt.quit()
    }
}
