import QtQml

QtObject {
    Component.onCompleted: {
        var ss = ["2020-01-15", "2020-01-15T10:20:30", "2020-01-15T10:20:30Z", "2020-01-15T10:20:30.5+02:00", "2020/01/15", "01/15/2020",
                  "Jan 15 2020", "15 Jan 2020", "Wed Jan 15 2020 10:20:30 GMT+0100", "Wed, 15 Jan 2020 10:20:30 GMT", "2020", "2020-06",
                  "garbage", "", "2020-01-15 10:20:30", "Wed Jan 15 10:20:30 2020", "Wed Jan 15 10:20:30 2020 GMT"]
        for (var i = 0; i < ss.length; i++) {
            var d = new Date(ss[i])
            console.log(JSON.stringify(ss[i]), d.getTime(), isNaN(d) ? "invalid" : d.toISOString())
        }
        console.log(new Date(2020, 0).getTime(), new Date(2020, 13, 40).toISOString(), new Date(99, 0).getFullYear())
        console.log(Date.UTC(2020, 0, 1), new Date(1e15).getTime(), new Date(8.64e15 + 1).getTime())
        var d2 = new Date(2020, 0, 31); d2.setMonth(1); console.log(d2.toISOString())
        console.log(new Date(0).getDay(), new Date(0).getYear ? new Date(0).getYear() : "noGetYear")
        Qt.quit()
    }
}
