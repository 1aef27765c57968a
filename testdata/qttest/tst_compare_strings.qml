import QtQml
import QtTest

TestCase {
    name: "CompareStrings"

    function test_equal() {
        compare("hello", "hel" + "lo")
    }

    function test_different() {
        compare("hello", "world")
    }

    function test_empty_vs_space() {
        compare("", " ")
    }

    function test_case_differs() {
        compare("Abc", "abc")
    }

    function test_with_quotes_and_newline() {
        compare("say \"hi\"\nbye", "x")
    }

    function test_string_vs_undefined() {
        compare("a", undefined)
    }

    function test_null_vs_undefined() {
        compare(null, undefined)
    }

    function test_bools() {
        compare(true, true)
        compare(false, true)
    }
}
