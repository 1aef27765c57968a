// console.count counts per line of source: the label is only printed, calls on
// one line (or through one function) share a count.
import QtQml
QtObject {
    function c(l) { console.count(l) }
    Component.onCompleted: {
        console.count()
        console.count("x")
        console.count("x")
        console.count()
        c("y"); c("y"); c("z")
        for (var i = 0; i < 2; i++) console.count("loop")
        console.count("x"); console.count("w")
        Qt.quit()
    }
}
