import QtQml
import QtQml.Models
// ListElement roles: a list of ListElements (or one) is a nested ListModel,
// [] an empty one; functions and enumeration values are kept; null makes no
// role. JSON.stringify shows a row's nested list as an array.
QtObject {
    property ListModel m: ListModel {
        id: m
        ListElement { name: "a"; tags: [ ListElement { t: "x" }, ListElement { t: "y"; n: 2 } ] }
        ListElement { name: "b"; tags: ListElement { t: "z" } }
        ListElement { name: "c"; tags: [] }
        ListElement { name: "d"; f: function(a) { return a * 2 }; align: Qt.AlignRight; none: null; neg: -5; tpl: `t` }
    }
    Component.onCompleted: {
        console.log(m.count, m.get(0).tags, m.get(0).tags.count, m.get(0).tags.get(1).t, m.get(0).tags.get(1).n, m.get(0).tags.get(0).n)
        console.log(m.get(1).tags.count, m.get(1).tags.get(0).t, m.get(2).tags.count, m.get(3).tags)
        console.log(typeof m.get(3).f, m.get(3).f(4), m.get(3).align, m.get(3).none, m.get(3).neg, m.get(3).tpl, m.get(0).f)
        console.log(JSON.stringify(m.get(0)))
        console.log(JSON.stringify(m.get(1)))
        m.get(0).tags.append({t: "w"})
        console.log(m.get(0).tags.count, m.get(0).tags.get(2).t)
        m.append({name: "e", tags: [{t: "q"}]})
        console.log(m.get(4).tags.get(0).t, m.get(4).tags.count)
        m.setProperty(3, "f", "str")
        console.log(typeof m.get(3).f)
        m.append({f: function() {}})
        console.log(m.count, typeof m.get(5).f)
        Qt.quit()
    }
}
