import QtQml
import QtTest

TestCase {
    name: "CompareMessage"

    function test_custom_message_pass() {
        compare(3, 3, "three is three")
    }

    function test_custom_message_fail() {
        compare(3, 4, "three should be four")
    }

    function test_empty_message_fail() {
        compare("a", "b", "")
    }
}
