import QtQuick
import QtTest

TestCase {
    id: base
    property int setups: 0
    property var fixture: null
    function init() { setups++; fixture = {value: 10} }
    function cleanup() { fixture = null }
    function checkFixture(v) { compare(fixture.value, v, "fixture value") }
    function test_base_inherited() { verify(fixture !== null) }
}
