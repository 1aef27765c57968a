import QtQml

QtObject {
    property Palette p: Palette {}
    function outsideName(c) {
        switch (c) {
        case Palette.Red: return "R"
        case Palette.Green: return "G"
        case Palette.Blue: return "B"
        }
        return "?"
    }
    Component.onCompleted: {
        console.log(p.nameOf(0), p.nameOf(5), p.nameOf(6), p.nameOf(1))
        console.log(outsideName(Palette.Blue), outsideName(6), outsideName(2))
        p.color = Palette.Blue
        console.log(p.nameOf(p.color))
        Qt.quit()
    }
}
