QtObject { x: "unterminated }
