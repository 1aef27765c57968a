import QtQml
QtObject { enum E { A } ; property int E }
