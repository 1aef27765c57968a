import QtQml

QtObject {
    property var nothing
    Component.onCompleted: {
        try { console.log(nothing.x) } catch (e) { console.log(e.name, "|", e.message) }
        try { nothing.x = 1 } catch (e) { console.log(e.name, "|", e.message) }
        try { var u; u.foo } catch (e) { console.log(e.name, "|", e.message) }
        Qt.quit()
        console.log(nothing.deep.deeper)
    }
}
