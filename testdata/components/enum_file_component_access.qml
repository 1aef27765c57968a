import QtQml

QtObject {
    property Palette p: Palette {}
    Component.onCompleted: {
        console.log(Palette.Red, Palette.Green, Palette.Blue)
        console.log(Palette.Small, Palette.Large)
        console.log(JSON.stringify(p.insideValues()))
        console.log(p.color, p.color === Palette.Green)
        console.log(typeof Palette.Blue)
        Qt.quit()
    }
}
