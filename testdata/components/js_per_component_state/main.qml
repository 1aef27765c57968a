import QtQml
import "store.js" as Store

QtObject {
    property Adder a: Adder { tag: "a" }
    property Adder b: Adder { tag: "b" }
    property Reader r: Reader {}
    Component.onCompleted: {
        console.log(a.addTag(), b.addTag(), Store.add("main"))
        console.log(r.read(), Store.all())
        Qt.quit()
    }
}
