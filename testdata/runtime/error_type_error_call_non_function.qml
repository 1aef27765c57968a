import QtQml

QtObject {
    property int num: 3
    property var obj: ({ a: 1 })
    Component.onCompleted: {
        try { num() } catch (e) { console.log(e.name, "|", e.message) }
        try { obj.a() } catch (e) { console.log(e.name, "|", e.message) }
        try { obj.missing() } catch (e) { console.log(e.name, "|", e.message) }
        try { var s = "str"; s() } catch (e) { console.log(e.name, "|", e.message) }
        Qt.quit()
        obj.missing()
    }
}
