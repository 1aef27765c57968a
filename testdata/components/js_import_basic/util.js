var counter = 0
var greeting = "hello"

function next() {
    counter += 1
    return counter
}

function greet(name) {
    return greeting + ", " + name
}

const answer = 42
