QtObject { x: int }
