import QtQml
import MyCompany.Chat 1.0 as V10
import MyCompany.Chat 1.1 as V11
import MyCompany.Chat 1.2 as V12
import MyCompany.Chat as Latest

QtObject {
    property QtObject m10: V10.Message {}
    property QtObject m11: V11.Message {}
    property QtObject m12: V12.Message {}
    property QtObject mLatest: Latest.Message {}
    property QtObject room: V11.Room {}
    Component.onCompleted: {
        console.log(m10.version, m11.version, m12.version, mLatest.version)
        console.log(room.version, "inner:", room.inner.version)
        Qt.quit()
    }
}
