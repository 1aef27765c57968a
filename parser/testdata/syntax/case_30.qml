QtObject { property alias a: b.c }
