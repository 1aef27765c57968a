// TestCases declared from a TestCase-based component (BaseTest.qml): inherited helpers, test
// functions and init(), an init() override, Loc lines inside the component file.
import QtQuick
import QtTest

Item {
    BaseTest {
        id: t
        name: "Derived"
        function test_a() { checkFixture(10); compare(setups, 2) }
        function test_b() { checkFixture(11) }
        function init() { console.log("derived init overrides"); fixture = {value: 11} }
    }
    BaseTest {
        name: "Plain"
        function test_c() { checkFixture(10) }
    }
}
