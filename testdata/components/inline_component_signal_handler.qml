import QtQml

QtObject {
    component Emitter: QtObject {
        signal fired(string what, int n)
        property int value: 0
        onFired: (what, n) => console.log("inside handler", what, n)
        onValueChanged: console.log("inside valueChanged", value)
    }
    property Emitter e: Emitter {
        onFired: (what, n) => console.log("instance handler", what, n)
        onValueChanged: console.log("instance valueChanged", value)
    }
    Component.onCompleted: {
        e.fired("x", 1)
        e.value = 5
        e.fired.connect(function(w, n) { console.log("connected", w, n) })
        e.fired("y", 2)
        Qt.quit()
    }
}
