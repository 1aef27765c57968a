QtObject { property int as }
