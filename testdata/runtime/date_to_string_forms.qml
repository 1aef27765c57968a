import QtQml

QtObject {
    property date d: "2021-03-04T05:06:07"
    property var v: new Date(2020, 11, 31, 23, 59, 58, 123)
    Component.onCompleted: {
        var x = new Date(2020, 0, 2, 3, 4, 5)
        console.log(x)
        console.log(d, typeof d)
        console.log(v)
        console.log(String(x))
        console.log(x.toString())
        console.log(x.toDateString(), "|", x.toTimeString())
        console.log(x.toLocaleString(), "|", x.toLocaleDateString(), "|", x.toLocaleTimeString())
        console.log(x.toUTCString())
        console.log(JSON.stringify(x), JSON.stringify({d: x}))
        console.log([x])
        console.log(new Date(NaN), String(new Date(NaN)))
        console.log(Qt.formatDate(x), "|", Qt.formatTime(x), "|", Qt.formatDateTime(x))
        console.log(Qt.formatDate(x, "yyyy-MM-dd"), Qt.formatTime(x, "hh:mm:ss.zzz"), Qt.formatDateTime(x, "dddd d MMMM yy h:m:s ap AP"))
        console.log(Qt.formatDate(x, Qt.ISODate), Qt.formatDateTime(x, Qt.ISODate), Qt.formatDateTime(x, Qt.RFC2822Date))
        console.log(Qt.formatDate(x, Qt.DefaultLocaleShortDate), Qt.formatDate(x, Qt.DefaultLocaleLongDate))
        console.log(Qt.formatDateTime(x, "ddd MMM 'quoted' ''"), Qt.formatTime(x, "H:mm A"))
        console.log(Qt.formatDate("2020-05-06", "dd.MM.yyyy"))
        d = new Date(2000, 1, 29)
        console.log(d, d.getDate())
        console.log(Date.parse("2020-01-01T00:00:00Z"), new Date(0).getTimezoneOffset())
        Qt.quit()
    }
}
