QtObject { ; }
