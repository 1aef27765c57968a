import QtQml

// list<date>: elements convert as Qt converts them (Date objects and date
// strings; others warn and become invalid dates), each read is a new Date.
QtObject {
    property list<date> dates: [new Date(0), "2020-01-02", 86400000, null, "junk", {}]
    property list<date> none
    onDatesChanged: console.log("datesChanged", dates.length)
    Component.onCompleted: {
        console.log(dates.length, dates)
        console.log(none, none.length, typeof dates[0], dates[0] instanceof Date)
        dates.push(new Date(1000))
        console.log(dates.length, dates[6])
        dates[0] = "2021-05-05T10:00:00"
        console.log(dates[0], dates[0] === dates[0], dates.indexOf(dates[0]))
        dates = [new Date(5)]
        console.log(dates, JSON.stringify(dates))
        dates.length = 2
        console.log(dates)
        dates = "2020-01-01"
        console.log(dates.length)
        try { dates = undefined } catch (e) { console.log(e.message) }
        Qt.quit()
    }
}
