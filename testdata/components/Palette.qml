import QtQml

QtObject {
    enum Color { Red, Green = 5, Blue }
    enum Size { Small = 1, Large = 100 }
    property int color: Palette.Green
    function nameOf(c) {
        switch (c) {
        case Palette.Red: return "red"
        case Palette.Green: return "green"
        case Palette.Blue: return "blue"
        default: return "unknown " + c
        }
    }
    function bare() { try { return Green } catch (e) { return e.name + ": " + e.message } }
    function insideValues() { return [Palette.Red, Palette.Green, Palette.Blue, Palette.Small, Palette.Large] }
}
