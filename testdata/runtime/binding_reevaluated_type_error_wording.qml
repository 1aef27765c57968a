// A binding that fails each time it runs is reported in Qt's words however often it ran (its
// function changes after the second evaluation; the error reads the same source).
import QtQml
QtObject {
    id: root
    property int n: 0
    property var holder: null
    property int bad: n >= 0 ? holder.missing : 0
    property int alsoBad: { var k = n; return holder.other.deeper + k }
    Component.onCompleted: {
        for (var i = 1; i <= 4; i++) n = i
        console.log("n", n)
        Qt.quit()
    }
}
