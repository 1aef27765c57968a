function ok() { return 1 }

function broken(x) {
    return x +* 2
}
