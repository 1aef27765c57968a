import QtQml
import QtTest

// Test functions are declared out of order; the log shows the order they run in.
TestCase {
    name: "FunctionOrder"

    function test_zeta() { console.log("test_zeta") }
    function test_alpha() { console.log("test_alpha") }
    function test_Beta() { console.log("test_Beta") }
    function test_10() { console.log("test_10") }
    function test_2() { console.log("test_2") }
    function test__under() { console.log("test__under") }
    function test_mid() { console.log("test_mid") }
    function test_a() { console.log("test_a") }
    function test_aa() { console.log("test_aa") }
}
