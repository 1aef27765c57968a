import QtQml
import QtTest

TestCase {
    name: "NotTestFunctions"

    function helper() { console.log("helper called"); return 3 }
    function testNoUnderscore() { console.log("testNoUnderscore ran"); verify(false) }
    function tEST_x() { console.log("tEST_x ran"); verify(false) }
    function test_ends_with_data() { console.log("test_ends_with_data ran"); verify(false) }
    function mytest_x() { console.log("mytest_x ran"); verify(false) }
    function test() { console.log("test ran"); verify(false) }
    function test_helper_data() { console.log("test_helper_data ran"); return [] }
    function test_only_data_data() { console.log("test_only_data_data ran"); return [] }

    function test_real() {
        compare(helper(), 3)
    }
}
