QtObject { x: 1 } trailing
