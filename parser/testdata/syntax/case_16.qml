QtObject { x: (a b) }
