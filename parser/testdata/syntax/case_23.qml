QtObject { id: 5 }
