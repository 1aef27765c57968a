QtObject { Item { Item { x: 1 + + } } }
