QtObject { property list<int xs }
