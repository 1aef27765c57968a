import QtQml
QtObject { property string ver: "1.2" }
