// createTemporaryQmlObject errors: Qt.createQmlObject is called from TestCase.qml, so the
// exception points there (TestCase.qml(596)) and file names are beside TestCase.qml
// (qrc:/qt-project.org/imports/QtTest/inline); qmlrun names them beside the test.
import QtQuick
import QtTest

Item {
    id: root
    TestCase {
        name: "CqoErrors"
        function test_syntax() {
            createTemporaryQmlObject("import QtQuick; Rectangle { width: }", root)
        }
        function test_unknown_type() {
            createTemporaryQmlObject("import QtQuick; Nope {}", root, "virtual.qml")
        }
    }
}
