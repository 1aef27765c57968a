QtObject { x: `abc }
