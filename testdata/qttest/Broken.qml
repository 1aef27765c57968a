import QtQuick
Item { NotAType {} }
