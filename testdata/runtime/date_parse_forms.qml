import QtQml

// The date strings Date.parse reads, and what they mean.

QtObject {
    Component.onCompleted: {
        var ss = ["2023-03-05", "2023-03-05T10:20", "2023-03-05T10:20:30.5", "2023-03-05 10:20", "2023-03-05T10:20:30+02:00", "2023-03-05T10:20:30Z",
                  "2023/03/05", "03/05/2023", "3/5/2023 10:20", "March 5, 2023", "Mar 5 2023", "5 Mar 2023", "Sun Mar 5 10:20:30 2023",
                  "Sun, 05 Mar 2023 10:20:30 GMT", "Sun, 05 Mar 2023 10:20:30 +0100", "2023", "2023-03", "+002023-03-05", "20230305", "10:20", "", "garbage",
                  "2023-02-30", "2023-13-01", "2023-03-05T24:00", "Sun Mar 05 2023 10:20:30 GMT+0000"]
        for (var s of ss) {
            var t = Date.parse(s)
            console.log(JSON.stringify(s), isNaN(t) ? "NaN" : new Date(t).toISOString())
        }
        Qt.exit(0)
    }
}
