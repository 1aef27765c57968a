QtObject { property int a foo: 1 }
