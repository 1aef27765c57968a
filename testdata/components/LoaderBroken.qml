import QtQuick
Item {
    property int a: 1
    NoSuchThing {}
}
