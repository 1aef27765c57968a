import QtQml
QtObject {
    function dump(l) {
        var o = {}
        var props = ["name", "amText", "pmText", "decimalPoint", "groupSeparator", "percent", "zeroDigit", "negativeSign", "positiveSign", "exponential", "firstDayOfWeek", "measurementSystem", "textDirection", "weekDays", "uiLanguages", "nativeLanguageName", "nativeCountryName", "nativeTerritoryName"]
        for (var i = 0; i < props.length; i++) o[props[i]] = l[props[i]]
        o.cur = [l.currencySymbol(Locale.CurrencyIsoCode), l.currencySymbol(Locale.CurrencySymbol), l.currencySymbol(Locale.CurrencyDisplayName)]
        o.fmt = []
        for (var f = 0; f < 3; f++) o.fmt.push([l.dateFormat(f), l.timeFormat(f), l.dateTimeFormat(f)])
        o.months = []; o.days = []
        for (f = 0; f < 3; f++) {
            var m = [], sm = [], d = [], sd = []
            for (i = 0; i < 12; i++) { m.push(l.monthName(i, f)); sm.push(l.standaloneMonthName(i, f)) }
            for (i = 0; i < 7; i++) { d.push(l.dayName(i, f)); sd.push(l.standaloneDayName(i, f)) }
            o.months.push(m, sm); o.days.push(d, sd)
        }
        console.log(JSON.stringify(o))
    }
    Component.onCompleted: { dump(Qt.locale()); dump(Qt.locale("en_US")); dump(Qt.locale("en_GB")); dump(Qt.locale("de_DE")); dump(Qt.locale("fr_FR")); dump(Qt.locale("es_ES")); dump(Qt.locale("it_IT")); dump(Qt.locale("pt_BR")); dump(Qt.locale("ja_JP")); dump(Qt.locale("zh_CN")); dump(Qt.locale("ru_RU")); dump(Qt.locale("nl_NL")); dump(Qt.locale("pl_PL")); Qt.quit() }
}
