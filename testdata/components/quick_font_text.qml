import QtQuick
// A Text's font prints as QFont(...) (QFont::toString); a point size gives a
// truncated pixel size (14pt is 18px).
Item {
    Text { id: a }
    Text { id: b; font.pixelSize: 20; font.italic: true; font.underline: true }
    Text { id: c; font.pointSize: 10.5; font.family: "Arial"; font.weight: Font.DemiBold; font.letterSpacing: 1.5; font.wordSpacing: 2; font.capitalization: Font.AllUppercase; font.strikeout: true }
    Text { id: d; font.styleName: "Bold Italic"; font.kerning: false; font.preferShaping: false; font.hintingPreference: Font.PreferNoHinting }
    Component.onCompleted: {
        console.log(a.font); console.log(b.font); console.log(c.font); console.log(d.font)
        for (var ps of [10, 11, 13, 14, 10.5, 7.9]) { a.font.pointSize = ps; console.log(ps, a.font.pixelSize, a.font.pointSize) }
        console.log(typeof a.font, a.font.toString(), "" + b.font)
        Qt.quit()
    }
}
