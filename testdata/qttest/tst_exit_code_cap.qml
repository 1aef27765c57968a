import QtQml
import QtTest

// 130 failing rows: is the exit code the number of failures, capped?
TestCase {
    name: "ExitCodeCap"

    function test_rows_data() {
        var rows = []
        for (var i = 0; i < 130; i++)
            rows.push({tag: "r" + i})
        return rows
    }

    function test_rows(row) {
        fail(row.tag)
    }
}
