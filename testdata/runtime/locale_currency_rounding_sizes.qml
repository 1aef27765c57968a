import QtQml
QtObject {
    Component.onCompleted: {
        var names = ["C", "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "ja_JP", "zh_CN", "ru_RU", "nl_NL", "pl_PL"]
        for (var i = 0; i < names.length; i++) {
            var l = Qt.locale(names[i])
            var a = (1234.5).toLocaleCurrencyString(l), b = (-5).toLocaleCurrencyString(l), c = (7).toLocaleCurrencyString(l, "XY")
            console.log("CUR", names[i], JSON.stringify([a, b, c]), JSON.stringify([a, b, c].map(s => Array.from(s).map(ch => ch.charCodeAt(0)).filter(x => x > 127))))
        }
        var C = Qt.locale("C"), sys = Qt.locale()
        var vals = [1.005, 0.125, 1.45, 2.675, 1.0000005, 123456, 1234567, 0.0001234]
        for (var j = 0; j < vals.length; j++) console.log("RND", vals[j], vals[j].toLocaleString(sys, "f", 2), vals[j].toLocaleString(sys, "f", 1), vals[j].toLocaleString(sys, "g", 3), vals[j].toLocaleString(sys, "g", 6), vals[j].toLocaleString(sys, "e", 1))
        var ins = ["", "  ", "+5", "1e3", "1.5e-2", ".5", "5.", "1,23", "12,345", "1,2345", "0x10", "1_000", "١٢"]
        for (j = 0; j < ins.length; j++) { var r; try { r = Number.fromLocaleString(sys, ins[j]) } catch (e) { r = "E" } console.log("PARSE", JSON.stringify(ins[j]), r) }
        console.log("DS", sys.formattedDataSize(0), sys.formattedDataSize(500), sys.formattedDataSize(1023), sys.formattedDataSize(1024), sys.formattedDataSize(1536, 0), sys.formattedDataSize(1e12), sys.formattedDataSize(1e12, 2, Locale.DataSizeTraditionalFormat), sys.formattedDataSize(999, 2, Locale.DataSizeSIFormat), sys.formattedDataSize(1e6, 3, Locale.DataSizeSIFormat), Qt.locale("de_DE").formattedDataSize(123456789))
        console.log("NUMDEF", Number.fromLocaleString("12.5"), (3).toLocaleString("de_DE"))
        Qt.quit()
    }
}
