import QtQml
import QtTest

// Every member whose name starts with "test_" is run, not only functions: a property
// holding a function, a plain property and the property's change signal.
TestCase {
    name: "TestPrefixedProperties"

    property var test_var_function: function() { console.log("test_var_function ran") }
    property int test_number: 5

    function test_real() {
        compare(test_number, 5)
    }
}
