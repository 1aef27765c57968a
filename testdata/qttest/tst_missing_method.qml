import QtQml
import QtTest

// Calling a method a QML object does not have: the uncaught TypeError names
// the object ("Property 'x' of object OBJ is not a function").
TestCase {
    id: testCase
    name: "MissingMethod"
    property QtObject child: QtObject { objectName: "kid" }
    property QtObject other: QtObject {}

    function callOnChild() { child.reset() }

    function test_own_member() { testCase.missing() }
    function test_named_child() { child.nothing(1, 2) }
    function test_unnamed_child() { other.start() }
    function test_through_helper() { callOnChild() }
    function test_undefined_function() { undefinedFunction(1) }
    function test_caught() {
        try {
            child.nothing()
        } catch (e) {
            console.log(e.name)
        }
        verify(true)
    }
}
