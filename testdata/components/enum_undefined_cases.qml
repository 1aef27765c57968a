import QtQml

QtObject {
    property Palette p: Palette {}
    Component.onCompleted: {
        console.log("unknown key", Palette.Purple)
        console.log("via instance", p.Red, p.Green)
        console.log("scoped", Palette.Color.Green, Palette.Size.Large)
        console.log("scoped unknown", Palette.Color.Purple)
        console.log("enum name on type", typeof Palette.Color)
        console.log("typeof type", typeof Palette)
        console.log("bare inside", p.bare())
        Qt.quit()
    }
}
