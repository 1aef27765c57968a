function total(items) {
    var sum = 0
    for (var i = 0; i < items.length; i++)
        sum = sum + items[i]
    return sum
}

function label(x) {
    return "item " + x +;
}
