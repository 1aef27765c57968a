import QtQuick
Item { property string name: "leaf in sub" }
