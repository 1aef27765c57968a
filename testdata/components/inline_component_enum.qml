import QtQml

QtObject {
    component Light: QtObject {
        enum Mode { Off, On, Blink = 4 }
        property int mode: Light.On
    }
    property Light l: Light {}
    Component.onCompleted: {
        console.log(l.mode, Light.Blink)
        Qt.quit()
    }
}
