QtObject { function double() {} }
