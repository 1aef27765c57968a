import QtQml

// Dates printed, converted to text, set out of range, and date properties.

QtObject {
    property date pd: "2021-06-07T08:09:10"
    property var pv: new Date(2021, 5, 7, 8, 9, 10)
    Component.onCompleted: {
        var d = new Date(2021, 5, 7, 8, 9, 10, 11)
        console.log(d, String(d), d.toString(), "" + d, [d], { d: d }.d)
        console.log(pd, pv, typeof pd, pd instanceof Date, pd.getTime() === pv.getTime())
        console.log(new Date(0), new Date(-1), new Date(2021, 0), new Date(99, 1, 1).getFullYear())
        console.log(d.toLocaleString("en_US"), "|", d.toLocaleDateString("de_DE"), "|", d.toLocaleTimeString("fr_FR"))
        var d2 = new Date(d); d2.setMonth(13); console.log(d2.toISOString())
        d2.setDate(0); console.log(d2.toISOString()); d2.setHours(25, 61, 61, 1001); console.log(d2.toISOString())
        console.log(d.getUTCDay(), d.getMilliseconds(), d.getYear ? d.getYear() : "noGetYear", Date.UTC(2021), new Date(NaN).getTime(), new Date("x") + "")
        Qt.exit(0)
    }
}
