QtObject { x: /abc }
