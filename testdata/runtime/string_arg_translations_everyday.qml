import QtQml

// qsTr and friends, and String.arg with values of every kind.

QtObject {
    Component.onCompleted: {
        console.log(qsTr("Hello %1").arg("W"), qsTr("%n file(s)", "", 3), qsTr("%n item(s)", "c", 1), qsTranslate("Ctx", "Text"), QT_TR_NOOP("noop"), QT_TRANSLATE_NOOP("C", "tn"))
        console.log(qsTrId("some.id"), qsTr("with disambiguation", "dis"), qsTr(""), typeof qsTr)
        console.log("%1 %2 %1".arg("a").arg("b"), "%1".arg(1.5), "%1".arg(true), "%1".arg(null), "%1".arg(undefined), "%1".arg([1, 2]), "%1".arg({}), "%10 %1".arg("x"), "%L1".arg(1234567), "%1%2".arg("a"))
        console.log("%1".arg(1e21), "%1".arg(0.1 + 0.2), "%1".arg(-0), "%1".arg(NaN), "%1".arg(Infinity), "%1".arg(123456789), "%1".arg(1.0))
        Qt.exit(0)
    }
}
