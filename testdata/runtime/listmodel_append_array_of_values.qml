import QtQml
import QtQml.Models

// ListModel.append and insert take an array whose elements that are not
// objects become empty rows (the roles' default values), without a warning.
QtObject {
    property ListModel lm: ListModel { }
    property Instantiator inst: Instantiator { model: lm; delegate: QtObject { objectName: "row" + index }
        onObjectAdded: (i, o) => console.log("added", i, o.objectName) }
    Component.onCompleted: {
        lm.append({a: 1, b: "x"})
        lm.append([1, null, {a: 2}, "s"])
        lm.insert(1, [7, {b: "y"}])
        console.log(lm.count)
        for (var i = 0; i < lm.count; i++) console.log(i, JSON.stringify(lm.get(i)), lm.get(i).a, lm.get(i).b)
        lm.append([])
        console.log(lm.count)
        Qt.quit()
    }
}
