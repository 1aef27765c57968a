pragma Singleton
import QtQml
QtObject { property int v: 1 }
