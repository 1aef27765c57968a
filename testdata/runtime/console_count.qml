import QtQml

QtObject {
    function hit() { console.count("hits") }
    Component.onCompleted: {
        console.count()
        console.count()
        for (var i = 0; i < 3; i++)
            console.count()
        hit()
        hit()
        console.count("other")
        console.count("hits")
        hit()
        for (var j = 0; j < 2; j++)
            console.count("loop")
        Qt.quit()
    }
}
