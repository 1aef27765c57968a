import QtQuick
// State.extend applies the extended state's changes first (and reverts
// them); an Item's layer group keeps its settings headless.
Item {
    Rectangle { id: a; x: 5; width: 20; height: 10
        layer.enabled: true; layer.smooth: true; layer.samples: 4
        onXChanged: console.log("a.x", x)
        onWidthChanged: console.log("a.width", width)
        states: [ State { name: "moved"; PropertyChanges { target: a; x: 50 } },
                  State { name: "big"; extend: "moved"; PropertyChanges { target: a; width: 80 } },
                  State { name: "bigger"; extend: "big"; PropertyChanges { target: a; width: 90; x: 60 } } ]
    }
    Component.onCompleted: {
        a.state = "big"; console.log(a.x, a.width)
        a.state = "moved"; console.log(a.x, a.width)
        a.state = "bigger"; console.log(a.x, a.width)
        a.state = ""; console.log(a.x, a.width)
        console.log(a.layer.enabled, a.layer.smooth, a.layer.samples, a.layer.format, a.layer.effect, a.layer.samplerName, a.layer.wrapMode, a.layer.textureMirroring, a.layer.mipmap, a.layer.sourceRect)
        a.layer.enabled = false
        console.log(a.layer.enabled, typeof a.layer)
        Qt.quit()
    }
}
