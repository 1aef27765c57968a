import QtQml
import QtTest

TestCase {
    name: "BenchOnce"
    property int runs: 0
    function init() { console.log("init") }
    function cleanup() { console.log("cleanup") }
    function benchmark_once_count() {
        runs++
        console.log("once", runs)
    }
    function test_plain() { console.log("plain", runs) }
}
