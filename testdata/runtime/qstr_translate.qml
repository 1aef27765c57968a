import QtQml

QtObject {
    property string bound: qsTr("Bound %1").arg(3)
    Component.onCompleted: {
        console.log(qsTr("Hello"))
        console.log(qsTr("Hello %1").arg("World"))
        console.log(qsTr("with disambiguation", "comment"))
        console.log(qsTr("%n item(s)", "", 3))
        console.log(qsTranslate("Context", "Translated text"))
        console.log(qsTranslate("Context", "Hi %1", "comment").arg("there"))
        console.log(QT_TR_NOOP("noop"), QT_TRANSLATE_NOOP("Ctx", "noop2"))
        console.log(qsTrId("some.id"))
        console.log(bound, typeof qsTr("x"))
        Qt.quit()
    }
}
