QtObject { property int a; property int b }
