import QtQml

QtObject {
    enum Kind { Small, Big }
    property string name: "gadget"
    property int kind: Gadget.Big
    property GadgetPart part: GadgetPart { weight: 3 }
    function info() { return name + " kind=" + kind + " part=" + part.describe() }
}
