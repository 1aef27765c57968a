import QtQml

// An object of the wrong type for an object property: the property's type
// is named by its C++ class.
QtObject {
    property Timer timer: QtObject { }
}
