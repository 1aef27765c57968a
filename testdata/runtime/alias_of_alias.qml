import QtQml

QtObject {
    id: root
    property AliasHolder holder: AliasHolder { id: holder }
    property alias count: holder.count
    property alias count2: root.count
    onCountChanged: console.log("root countChanged", count)
    onCount2Changed: console.log("root count2Changed", count2)
    Component.onCompleted: {
        console.log(count, count2)
        count2 = 4
        console.log(holder.store.count, holder.count, count)
        holder.store.count = 8
        console.log(count2)
        Qt.quit()
    }
}
