import QtQml

QtObject {
    id: app
    property var inventory: []
    property int total: inventory.reduce((s, it) => s + it.qty * it.price, 0)
    property string summary: "items=" + inventory.length + " total=" + total.toFixed(2)
    signal itemAdded(string name, int qty)
    onSummaryChanged: console.log("summary:", summary)
    onItemAdded: (name, qty) => console.info(`added ${qty} x ${name}`)
    function add(name, qty, price) {
        var copy = inventory.slice()
        copy.push({ name: name, qty: qty, price: price })
        inventory = copy
        itemAdded(name, qty)
    }
    function report() {
        var lines = inventory.map(it => it.name.padEnd(8, ".") + String(it.qty).padStart(3) + " @ " + it.price.toFixed(2))
        lines.sort()
        for (const l of lines) console.log(l)
        console.log("max:", Math.max(...inventory.map(it => it.price)), "names:", inventory.map(it => it.name).join("|"))
        const byQty = {}
        inventory.forEach(it => { byQty[it.qty] = (byQty[it.qty] || []).concat(it.name) })
        console.log(JSON.stringify(byQty))
    }
    property Timer tick: Timer {
        interval: 5; repeat: true; running: true
        property int n: 0
        onTriggered: {
            n++
            app.add(["apple", "pear", "plum", "fig"][n % 4], n, n * 1.25)
            if (n === 4) { stop(); app.report(); Qt.callLater(() => { console.warn("done", app.total); Qt.exit(app.inventory.length) }) }
        }
    }
}
