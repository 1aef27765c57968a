import QtQml

// Everyday date, time and number formatting: Date methods, Qt.formatDateTime, locales.

QtObject {
    Component.onCompleted: {
        var d = new Date(2023, 2, 5, 14, 7, 9, 45)
        console.log(d.toISOString(), d.toJSON(), JSON.stringify(d))
        console.log(d.toDateString(), "|", d.toTimeString(), "|", d.toUTCString())
        console.log(d.toLocaleDateString(), "|", d.toLocaleTimeString(), "|", d.toLocaleString())
        console.log(d.toLocaleDateString(Qt.locale(), Locale.ShortFormat), "|", d.toLocaleDateString(Qt.locale(), Locale.LongFormat), "|", d.toLocaleDateString(Qt.locale(), Locale.NarrowFormat))
        console.log(d.toLocaleTimeString(Qt.locale(), Locale.ShortFormat), "|", d.toLocaleString(Qt.locale(), "yyyy-MM-dd hh:mm:ss.zzz ap dddd MMMM"))
        console.log(Qt.formatDate(d, "dd.MM.yy"), Qt.formatTime(d, "h:m:s AP"), Qt.formatDateTime(d, "ddd d MMM yyyy HH:mm"), Qt.formatDate(d, Qt.ISODate), Qt.formatDateTime(d, Qt.RFC2822Date))
        console.log(Qt.formatDate(d, Qt.DefaultLocaleShortDate), "|", Qt.formatDateTime(d, Qt.DefaultLocaleLongDate), "|", Qt.formatTime(d))
        console.log(d.getDay(), d.getTimezoneOffset(), d.valueOf() === d.getTime(), d - new Date(2023, 2, 4, 14, 7, 9, 45))
        console.log(new Date("2023-03-05").getDate(), new Date("2023-03-05T10:00:00").getHours(), new Date("2023-03-05T10:00:00Z").getUTCHours(), Date.parse("2023-03-05T00:00:00Z"))
        console.log(new Date(2020, 13, 40).toDateString(), new Date(0).getFullYear(), new Date(8.64e15 + 1).getTime(), String(new Date(NaN)))
        var l = Qt.locale("de_DE")
        console.log(l.name, d.toLocaleDateString(l), "|", d.toLocaleString(l, Locale.ShortFormat), "|", Number(1234567.891).toLocaleString(l), "|", Number(1234.5).toLocaleString(Qt.locale("en_US"), "f", 1))
        console.log(Qt.locale().name, Qt.locale().decimalPoint, Qt.locale().dateFormat(Locale.ShortFormat), Qt.locale().dayName(1), Qt.locale().monthName(0, Locale.ShortFormat))
        console.log(Number(3.14159).toLocaleString(), Number(1e6).toLocaleString(Qt.locale(), "f", 0), Number(-0.5).toLocaleString(Qt.locale(), "e", 2), Number(12).toLocaleCurrencyString(Qt.locale("en_US")))
        console.log(Date.fromLocaleString(Qt.locale(), "2021-04-05 06:07", "yyyy-MM-dd hh:mm").getMonth(), Number.fromLocaleString(Qt.locale("de_DE"), "1.234,5"))
        Qt.exit(0)
    }
}
