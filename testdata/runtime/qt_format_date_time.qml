import QtQml

QtObject {
    Component.onCompleted: {
        var x = new Date(2020, 0, 2, 3, 4, 5, 70)
        var y = new Date(1999, 11, 25, 15, 45, 9, 600)
        var fs = ["d dd ddd dddd", "M MM MMM MMMM", "y yy yyy yyyy yyyyy", "h hh H HH", "m mm s ss", "z zz zzz zzzz", "h:mm ap", "hh:mm AP", "h:m:s a A", "t", "'lit' '' x''y 'it''s'", "HH:mm:ss.zzz", "hh 'o''clock' AP", "dddd, MMMM d, yyyy", "Ap aP"]
        for (var i = 0; i < fs.length; i++)
            console.log(fs[i], "=>", Qt.formatDateTime(x, fs[i]), "|", Qt.formatDateTime(y, fs[i]))
        console.log(Qt.formatDate(y), "|", Qt.formatTime(y), "|", Qt.formatDateTime(y))
        console.log(Qt.formatDate(y, "yyyy hh"), "|", Qt.formatTime(y, "yyyy hh"))
        console.log(Qt.TextDate, Qt.ISODate, Qt.RFC2822Date, Qt.ISODateWithMs, Qt.DefaultLocaleShortDate)
        console.log(Qt.formatDate(y, Qt.TextDate), "|", Qt.formatTime(y, Qt.TextDate), "|", Qt.formatDateTime(y, Qt.TextDate))
        console.log(Qt.formatDate(y, Qt.ISODate), "|", Qt.formatTime(y, Qt.ISODate), "|", Qt.formatDateTime(y, Qt.ISODate))
        console.log(Qt.formatDate(y, Qt.RFC2822Date), "|", Qt.formatTime(y, Qt.RFC2822Date), "|", Qt.formatDateTime(y, Qt.RFC2822Date))
        console.log(Qt.formatDate(y, Qt.ISODateWithMs), "|", Qt.formatTime(y, Qt.ISODateWithMs), "|", Qt.formatDateTime(y, Qt.ISODateWithMs))
        console.log(Qt.formatDate("2020-05-06", "dd.MM.yyyy"), Qt.formatDateTime("2020-05-06T07:08:09", "hh-mm-ss"), Qt.formatTime("10:11:12", "mm"))
        console.log(Qt.formatDate(new Date(NaN)), "|", Qt.formatDate(new Date(NaN), "yyyy"), "|", Qt.formatTime(new Date(NaN)))

        console.log(Qt.formatDate(new Date(33, 0, 1), "yyyy yy"))
        Qt.quit()
    }
}
