import QtQml
QtObject {
    function g() {
        switch (x) { case 1: { f(...a) } }
    }
}
