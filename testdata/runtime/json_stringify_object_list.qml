import QtQml

// A list of objects is not an Array: JSON.stringify gives an object keyed
// by index; lists of values stay arrays.
QtObject {
    id: root
    objectName: "root"
    property list<QtObject> kids: [
        QtObject { objectName: "first" },
        QtObject { objectName: "second"; property int n: 2 }
    ]
    property list<QtObject> none
    property list<int> numbers: [1, 2]
    property list<string> words: ["a", "b"]
    Component.onCompleted: {
        console.log(JSON.stringify(kids))
        console.log(JSON.stringify(none))
        console.log(JSON.stringify({ kids: kids, numbers: numbers }))
        console.log(JSON.stringify(root))
        console.log(JSON.stringify(kids, null, 1))
        console.log(JSON.stringify(numbers), JSON.stringify(words))
        Qt.quit()
    }
}
