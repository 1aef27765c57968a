import QtQml
// Qt's methods take strict arguments: too few is "Insufficient arguments"
// (or, for an overloaded one, "Unable to determine callable overload" with
// the candidates listed once per candidate), too many "Too many arguments";
// qsTr and friends need their arguments.
QtObject {
    Component.onCompleted: {
        var fns = {
            binding: () => Qt.binding(), md5: () => Qt.md5(), btoa: () => Qt.btoa(), atob: () => Qt.atob(), point: () => Qt.point(), point1: () => Qt.point(1),
            rect: () => Qt.rect(1, 2), size: () => Qt.size(), resolvedUrl: () => Qt.resolvedUrl(), isQtObject: () => Qt.isQtObject(),
            formatDate: () => Qt.formatDate(), formatTime: () => Qt.formatTime(), formatDateTime: () => Qt.formatDateTime(), locale: () => Qt.locale().name,
            createComponent: () => Qt.createComponent(), exit: () => "skip", qsTr: () => qsTr(), qsTranslate: () => qsTranslate("a"), qsTrId: () => qsTrId(),
            md5two: () => Qt.md5("a", "b"), point3: () => Qt.point(1, 2, 3), size1: () => Qt.size(1), rect5: () => Qt.rect(1, 2, 3, 4, 5),
            btoa2: () => Qt.btoa("a", "b"), isQtObject2: () => Qt.isQtObject(1, 2), trailingUndefined: () => Qt.md5("a", undefined), point2: () => Qt.point(1, 2),
        }
        for (var k in fns) {
            try { console.log(k, "=>", fns[k]()) } catch (e) { console.log(k, "threw", e.name, e.message) }
        }
        Qt.quit()
    }
}
