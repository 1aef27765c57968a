// init_data supplying no rows (the functions run once, with null) and then rows with odd tags
// (console.trace of a data row ends at qtest_run line 1946), _data functions returning [] or
// undefined (no data supplied).
import QtQml
import QtTest

TestCase {
    name: "InitData2"
    property int calls: 0
    function init_data() { calls++; return calls === 1 ? [] : [{tag: "a b(c)"}, {tag: "ünï"}] }
    function test_a(row) { console.log("a", JSON.stringify(row)) }
    function test_b(row) { console.log("b", row.tag); console.trace() }
    function test_c_data() { return [] }
    function test_c() { console.log("never") }
    function test_d_data() { return undefined }
    function test_d() { console.log("never d") }
}
