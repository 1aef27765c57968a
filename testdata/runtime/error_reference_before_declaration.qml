import QtQml

// A let, const or class read before its declaration: "NAME is not defined", as Qt says.

QtObject {
    Component.onCompleted: {
        try { f(); const k = 3; function f() { return k } } catch (e) { console.log(e.message) }
        try { class C { m() { return D } }; new C().m(); class D {} } catch (e) { console.log(e.message) }
        Qt.exit(0)
    }
}
