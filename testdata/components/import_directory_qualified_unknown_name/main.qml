import QtQml
import "lib" as L
import QtQml as Q

QtObject {
    Component.onCompleted: {
        console.log(L.Nope, L.Nope === null, L.Nope == null, String(L.Nope), !!L.Nope)
        console.log(typeof L.nope, L.nope === undefined, typeof Q.Nope, Q.Nope === undefined, typeof Q.Timer)
        try { console.log(typeof L.Nope.x, L.Nope.x) } catch (e) { console.log("err", e) }
        try { console.log(L.Nope.Big) } catch (e) { console.log("err", e) }
        try { console.log(L.Nope.createObject) } catch (e) { console.log("err", e) }
        console.log(Object.keys(L))
        Qt.quit()
    }
}
