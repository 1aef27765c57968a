import QtQml
import QtTest

// Non-ASCII text in messages and in compared values (written as \u escapes).
TestCase {
    name: "NonAscii"

    function test_a_latin1_value() {
        compare("caf\u00e9", "cafe")
    }

    function test_b_non_latin1_value() {
        compare("\u20ac", "e", "caf\u00e9 message")
    }

    function test_c_log() {
        console.log("caf\u00e9 \u20ac")
    }

    function test_d_fail_message() {
        fail("caf\u00e9 \u20ac")
    }

    function test_e_skip_message() {
        skip("caf\u00e9 \u20ac")
    }
}
