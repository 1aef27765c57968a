import QtQml
import QtQml.Models
// A value of another type than its role's: set() and append() keep the
// row's value, setProperty() and writes through get() reset it to the
// role's default; each warns.
QtObject {
    property ListModel m: ListModel {
        id: m
        ListElement { name: "apple"; qty: 3; fresh: true }
    }
    Component.onCompleted: {
        m.set(0, {name: 5, qty: 4})
        console.log(m.get(0).name, m.get(0).qty, typeof m.get(0).name)
        m.setProperty(0, "qty", "many")
        console.log(m.get(0).qty, typeof m.get(0).qty)
        m.get(0).fresh = "yes"
        console.log(m.get(0).fresh)
        m.append({name: true, qty: 1})
        console.log(m.get(1).name, m.get(1).qty)
        m.insert(0, {name: "kiwi", qty: "two", fresh: false})
        console.log(m.get(0).name, m.get(0).qty, m.get(0).fresh)
        Qt.quit()
    }
}
