import QtQml

QtObject {
    Component.onCompleted: {
        console.log("rgba", Qt.rgba(1, 0, 0, 1))
        console.log("hsla", Qt.hsla(0.5, 0.5, 0.5, 1))
        console.log("hsva", Qt.hsva(0.5, 0.5, 0.5, 1))
        var calls = [
            () => Qt.color("red"), () => Qt.lighter("red"), () => Qt.darker("red", 2),
            () => Qt.tint("red", "blue"), () => Qt.alpha("red", 0.5), () => Qt.colorEqual("red", "red"),
            () => Qt.vector2d(1, 2), () => Qt.vector3d(1, 2, 3), () => Qt.vector4d(1, 2, 3, 4),
            () => Qt.font({family: "x"}), () => Qt.matrix4x4(), () => Qt.quaternion(1, 2, 3, 4),
            () => Qt.rgba(1, 2, 3), () => Qt.color(),
            () => Qt.lighter(Qt.rgba(1, 0, 0, 1))
        ]
        for (var i = 0; i < calls.length; i++) {
            try { console.log(i, calls[i]()) } catch (e) { console.log(i, "threw", e) }
        }
        Qt.quit()
    }
}
