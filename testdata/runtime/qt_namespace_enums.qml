import QtQml

QtObject {
    Component.onCompleted: {
        console.log(Qt.AlignLeft, Qt.AlignRight, Qt.AlignHCenter, Qt.AlignTop, Qt.AlignVCenter, Qt.AlignCenter, Qt.AlignBottom)
        console.log(Qt.Horizontal, Qt.Vertical, Qt.LeftButton, Qt.RightButton, Qt.MiddleButton, Qt.NoButton, Qt.AllButtons)
        console.log(Qt.Key_Return, Qt.Key_Enter, Qt.Key_Escape, Qt.Key_A, Qt.Key_0, Qt.Key_Space, Qt.Key_Up, Qt.Key_Tab, Qt.Key_Backspace)
        console.log(Qt.UTC, Qt.LocalTime, Qt.Unchecked, Qt.PartiallyChecked, Qt.Checked, Qt.ElideRight, Qt.ElideNone)
        console.log(Qt.ShiftModifier, Qt.ControlModifier, Qt.AltModifier, Qt.NoModifier, Qt.CaseInsensitive, Qt.CaseSensitive)
        console.log(Qt.AscendingOrder, Qt.DescendingOrder, Qt.DisplayRole, Qt.UserRole, Qt.Window, Qt.Dialog, typeof Qt.AlignLeft)
        console.log(Qt.Key_Z, Qt.Key_9, Qt.Key_F1, Qt.Key_F12, Qt.Key_Delete, Qt.Key_Home, Qt.Key_Plus, Qt.Key_Minus, Qt.Key_Period, Qt.Key_unknown, Qt.AlignJustify, Qt.AlignBaseline)
        console.log(Qt.OffsetFromUTC, Qt.TimeZone, Qt.ElideLeft, Qt.ElideMiddle, Qt.EditRole, Qt.PlainText, Qt.RichText, Qt.AutoText, Qt.MarkdownText, Qt.LeftToRight, Qt.RightToLeft, Qt.Monday, Qt.Sunday, Qt.Popup, Qt.Widget, Qt.MetaModifier, Qt.KeypadModifier, Qt.BackButton, Qt.ForwardButton)
        Qt.quit()
    }
}
