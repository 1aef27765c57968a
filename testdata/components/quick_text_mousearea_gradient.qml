import QtQuick
Item {
    Text { id: t }
    MouseArea { id: ma }
    Rectangle { id: r }
    Component.onCompleted: {
        console.log(t.horizontalAlignment, t.verticalAlignment, t.wrapMode, t.elide, t.textFormat, t.lineCount, t.color, t.font.family === "", t.font.pixelSize, t.font.pointSize > 0, t.font.bold, t.font.weight, t.font.italic, t.font.capitalization)
        console.log(t.style, t.styleColor, t.maximumLineCount, t.lineHeight, t.lineHeightMode, t.renderType, t.truncated, t.minimumPixelSize, t.fontSizeMode, typeof t.baseUrl, t.linkColor, t.hoveredLink, t.clip, t.smooth)
        console.log(Text.Normal, Text.Outline, Text.Raised, Text.Sunken, Text.ProportionalHeight, Text.FixedHeight, Text.QtRendering, Text.NativeRendering, Text.FixedSize, Text.HorizontalFit, Text.VerticalFit, Text.Fit)
        t.font.pixelSize = 20; console.log(t.font.pixelSize, t.font.pointSize)
        t.font.pointSize = 12; console.log(t.font.pixelSize, t.font.pointSize)
        t.font.bold = true; console.log(t.font.weight)
        t.font.weight = Font.Normal; console.log(t.font.bold)
        t.horizontalAlignment = Text.AlignHCenter; t.wrapMode = Text.WordWrap; t.elide = Text.ElideRight
        console.log(t.horizontalAlignment, t.wrapMode, t.elide, t.effectiveHorizontalAlignment)
        console.log(ma.acceptedButtons, ma.hoverEnabled, ma.containsMouse, ma.pressed, ma.pressedButtons, ma.mouseX, ma.mouseY, ma.enabled, ma.preventStealing, ma.propagateComposedEvents, ma.cursorShape, ma.scrollGestureEnabled, ma.pressAndHoldInterval, typeof ma.drag, ma.drag.target, ma.containsPress)
        console.log(typeof ma.clicked, typeof ma.pressed, typeof ma.released, typeof ma.entered, typeof ma.exited, typeof ma.positionChanged, typeof ma.wheel, typeof ma.doubleClicked, typeof ma.pressAndHold, typeof ma.canceled)
        console.log(r.color, r.border.width, r.border.color, r.radius, r.gradient, r.antialiasing)
        r.gradient = Qt.createQmlObject('import QtQuick; Gradient { GradientStop { position: 0; color: "red" } GradientStop { position: 1; color: "blue" } }', r)
        console.log(r.gradient.stops.length, r.gradient.stops[1].color, r.gradient.stops[1].position, r.gradient.orientation, Gradient.Vertical, Gradient.Horizontal)
        Qt.quit()
    }
}
