import QtQml
QtObject {
    Component.onCompleted: {
        var l = Qt.locale()
        var keys = []
        for (var k in l) keys.push(k)
        console.log(keys.join(" "))
        console.log(l)
        console.log(l.name, l.amText, l.pmText, l.decimalPoint, l.groupSeparator, l.percent, l.zeroDigit, l.negativeSign, l.positiveSign, l.exponential, l.firstDayOfWeek, l.measurementSystem, l.textDirection)
        console.log(JSON.stringify(l.weekDays), JSON.stringify(l.uiLanguages), l.nativeLanguageName, l.nativeCountryName, l.nativeTerritoryName)
        console.log(l.currencySymbol(), l.currencySymbol(Locale.CurrencyIsoCode), l.dateFormat(), l.dateFormat(Locale.ShortFormat), l.timeFormat(), l.timeFormat(Locale.ShortFormat), l.dateTimeFormat(), l.dateTimeFormat(Locale.NarrowFormat))
        console.log(l.monthName(0), l.monthName(11, Locale.ShortFormat), l.standaloneMonthName(2), l.dayName(0), l.dayName(1, Locale.ShortFormat), l.standaloneDayName(6, Locale.NarrowFormat))
        console.log(l.formattedDataSize(123456789), l.formattedDataSize(1024, 1), l.formattedDataSize(2048, 2, Locale.DataSizeSIFormat))
        var n = 1234567.891
        console.log(n.toLocaleString(l), n.toLocaleString(l, "f", 0), n.toLocaleString(l, "e", 3), n.toLocaleString(l, "g"), (0.5).toLocaleString(l, "f", 2), (-42).toLocaleString(l))
        console.log(Number.fromLocaleString(l, "1234.5"), Number.fromLocaleString(l, "1,234.5"))
        var d = new Date(2021, 2, 4, 5, 6, 7)
        console.log(d.toLocaleString(l), d.toLocaleString(l, Locale.ShortFormat), d.toLocaleDateString(l), d.toLocaleDateString(l, Locale.ShortFormat), d.toLocaleTimeString(l), d.toLocaleTimeString(l, Locale.ShortFormat))
        console.log(d.toLocaleString(l, "yyyy-MM-dd hh:mm"), d.toLocaleDateString(l, "ddd d MMM"), d.toLocaleTimeString(l, "h:m:s ap"))
        console.log(Date.fromLocaleString(l, "2020-05-06 07:08", "yyyy-MM-dd hh:mm").getTime() === new Date(2020, 4, 6, 7, 8).getTime())
        console.log(Locale.LongFormat, Locale.ShortFormat, Locale.NarrowFormat, Locale.MetricSystem, Locale.ImperialUSSystem, typeof Locale)
        var de = Qt.locale("de_DE"), fr = Qt.locale("fr_FR"), us = Qt.locale("en_US"), bad = Qt.locale("xx_YY")
        console.log(de.name, de.decimalPoint, de.groupSeparator, fr.name, fr.decimalPoint, JSON.stringify(fr.groupSeparator), us.name, bad.name)
        console.log(n.toLocaleString(de), n.toLocaleString(us), d.toLocaleDateString(de), d.toLocaleDateString(us), de.monthName(2), us.dateFormat(Locale.ShortFormat))
        Qt.quit()
    }
}
