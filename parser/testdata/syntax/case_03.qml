QtObject { x: 1 +
}
