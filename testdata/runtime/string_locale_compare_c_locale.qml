import QtQml

// In the C locale (the system locale here) localeCompare compares UTF-16
// code units: the difference of the first that differ, else by length;
// sorting with it puts upper case first.
QtObject {
    Component.onCompleted: {
        var pairs = [["a", "b"], ["b", "a"], ["a", "a"], ["a", "B"], ["C", "a"], ["é", "f"], ["a", "ab"],
                     ["", "a"], ["A", "a"], ["10", "9"], ["a", "abc"], ["x", ""], ["\u00e9", "e\u0301"]]
        console.log(pairs.map(p => p[0].localeCompare(p[1])).join(" "))
        console.log(["b", "a", "C", "é", "e", "Z"].sort((x, y) => x.localeCompare(y)))
        console.log("a".localeCompare(), "a".localeCompare(null), "a".localeCompare(5), "5".localeCompare(5))
        Qt.quit()
    }
}
