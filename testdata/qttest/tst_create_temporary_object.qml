import QtQml
import QtTest

TestCase {
    id: testCase
    name: "CreateTemporaryObject"

    Component {
        id: comp
        QtObject {
            property string label: "default"
            Component.onCompleted: console.log("created", label)
            Component.onDestruction: console.log("destroyed", label)
        }
    }

    function test_a_create() {
        var o = createTemporaryObject(comp, testCase)
        verify(o)
        compare(o.label, "default")
        console.log("end of test_a_create")
    }

    function test_b_with_properties() {
        var o = createTemporaryObject(comp, testCase, {label: "custom"})
        compare(o.label, "custom")
        var p = createTemporaryObject(comp, null, {label: "no parent"})
        compare(p.label, "no parent")
        console.log("end of test_b_with_properties")
    }

    function test_c_not_a_component() {
        createTemporaryObject("QtObject {}", testCase)
    }

    function test_d_bad_properties() {
        createTemporaryObject(comp, testCase, 5)
    }

    function test_e_qml_string() {
        var o = createTemporaryQmlObject("import QtQml; QtObject { property int n: 7 }", testCase)
        compare(o.n, 7)
    }

    function cleanup() {
        console.log("cleanup")
    }
}
