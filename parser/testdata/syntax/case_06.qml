QtObject { /* unterminated }
