QtObject { x: 1 ; ; }
