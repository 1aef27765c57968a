import QtQml
QtObject {
    Component.onCompleted: {
        var names = ["C", "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "ja_JP", "ru_RU", "pl_PL"]
        var d = new Date(2021, 0, 9, 14, 5, 3, 42), d2 = new Date(2022, 11, 25, 0, 30, 0)
        for (var i = 0; i < names.length; i++) {
            var l = Qt.locale(names[i])
            console.log(names[i], "|", d.toLocaleString(l), "|", d.toLocaleString(l, Locale.ShortFormat), "|", d.toLocaleDateString(l), "|", d.toLocaleDateString(l, Locale.NarrowFormat), "|", d.toLocaleTimeString(l), "|", d.toLocaleTimeString(l, Locale.ShortFormat), "|", d2.toLocaleString(l, "ddd d MMM yyyy h:mm ap"), "|", d2.toLocaleString(l, "AP hh 'h' dddd MMMM"))
        }
        var C = Qt.locale("C"), us = Qt.locale("en_US"), de = Qt.locale("de_DE")
        function show(x) { return isNaN(x.getTime()) ? "invalid" : x.toISOString() }
        console.log(show(Date.fromLocaleString(C, "2020-05-06 07:08", "yyyy-MM-dd hh:mm")))
        console.log(show(Date.fromLocaleString(us, "5/6/20 7:08 PM", Locale.ShortFormat)))
        console.log(show(Date.fromLocaleDateString(de, "06.05.20", Locale.ShortFormat)))
        console.log(show(Date.fromLocaleDateString(de, "Mittwoch, 6. Mai 2020")))
        console.log(show(Date.fromLocaleString(C, "garbage", "yyyy")))
        console.log(show(Date.fromLocaleDateString(us, "Feb 30, 2020", "MMM d, yyyy")))
        console.log(show(Date.fromLocaleString(C, "6 May 2020 07:08:09", Locale.ShortFormat)))
        console.log(d.toLocaleString("de_DE"), d.toLocaleDateString(), d.toLocaleTimeString())
        console.log(typeof Qt.locale(), Qt.locale(), JSON.stringify(Qt.locale()), Object.keys(Qt.locale()).length, Qt.locale("xx").name, Qt.locale("de").name, Qt.locale("en-GB").name, Qt.locale("fr_FR.UTF-8").name)
        Qt.quit()
    }
}
