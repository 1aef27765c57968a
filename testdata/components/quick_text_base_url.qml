import QtQuick
// Text.baseUrl reads as the document URL until set.
Item {
    Text { id: t; property url b: baseUrl }
    Component.onCompleted: { console.log(t.baseUrl, t.b, typeof t.baseUrl); t.baseUrl = "http://x/"; console.log(t.baseUrl); Qt.quit() }
}
