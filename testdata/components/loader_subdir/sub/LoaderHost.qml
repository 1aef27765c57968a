import QtQuick
Item {
    property alias ld: inner
    Loader { id: inner; source: "LoaderLeaf.qml" }
}
