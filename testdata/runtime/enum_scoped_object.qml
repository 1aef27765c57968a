import QtQml
// A scoped enumeration (Type.Enum) reads its values by name, but in Qt 6.4
// it lists nothing, converts to nothing (console.log prints "TypeError:
// Type error", JSON.stringify "{}") and ignores writes. The type's object
// lists no enumerators either, and ignores writes to them.
QtObject {
    id: root
    property EnumHolder h: EnumHolder {}
    Component.onCompleted: {
        console.log(EnumHolder.Color.Blue, EnumHolder.Color.Cyan, typeof EnumHolder.Color, EnumHolder.Color)
        console.log(JSON.stringify(EnumHolder.Color), Object.keys(EnumHolder.Color), EnumHolder.Color.Nope, EnumHolder.Nope)
        for (var k in EnumHolder.Color) console.log("key", k)
        try { EnumHolder.Color.Blue = 7; console.log("assigned", EnumHolder.Color.Blue) } catch (e) { console.log("E", e) }
        console.log(EnumHolder.Red, h.color, h.Color, h.Red)
        console.log(EnumHolder, typeof EnumHolder, Object.keys(EnumHolder), JSON.stringify(EnumHolder))
        try { EnumHolder.Red = 5; console.log("assigned", EnumHolder.Red) } catch (e) { console.log("E", e) }
        Qt.quit()
    }
}
