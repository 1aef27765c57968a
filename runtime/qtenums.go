package runtime

import (
	"strconv"

	"github.com/dop251/goja"
)

// qtNamespaceEnums are values of the Qt namespace's enumerations, which QML
// reaches as Qt.Name (Qt.AlignLeft, Qt.Key_Return, Qt.UTC): the commonly
// used ones, with the values of Qt 6.4's qnamespace.h.
var qtNamespaceEnums = map[string]int{
	// AlignmentFlag
	"AlignLeft": 0x1, "AlignLeading": 0x1, "AlignRight": 0x2, "AlignTrailing": 0x2, "AlignHCenter": 0x4,
	"AlignJustify": 0x8, "AlignAbsolute": 0x10, "AlignHorizontal_Mask": 0x1f, "AlignTop": 0x20,
	"AlignBottom": 0x40, "AlignVCenter": 0x80, "AlignBaseline": 0x100, "AlignVertical_Mask": 0x1e0,
	"AlignCenter": 0x84,
	// Orientation
	"Horizontal": 1, "Vertical": 2,
	// MouseButton
	"NoButton": 0, "LeftButton": 1, "RightButton": 2, "MiddleButton": 4, "BackButton": 8,
	"ForwardButton": 0x10, "AllButtons": 0x07ffffff,
	// KeyboardModifier
	"NoModifier": 0, "ShiftModifier": 0x02000000, "ControlModifier": 0x04000000, "AltModifier": 0x08000000,
	"MetaModifier": 0x10000000, "KeypadModifier": 0x20000000, "GroupSwitchModifier": 0x40000000,
	// Key (letters, digits and F keys are added in init)
	"Key_Escape": 0x01000000, "Key_Tab": 0x01000001, "Key_Backtab": 0x01000002, "Key_Backspace": 0x01000003,
	"Key_Return": 0x01000004, "Key_Enter": 0x01000005, "Key_Insert": 0x01000006, "Key_Delete": 0x01000007,
	"Key_Pause": 0x01000008, "Key_Print": 0x01000009, "Key_SysReq": 0x0100000a, "Key_Clear": 0x0100000b,
	"Key_Home": 0x01000010, "Key_End": 0x01000011, "Key_Left": 0x01000012, "Key_Up": 0x01000013,
	"Key_Right": 0x01000014, "Key_Down": 0x01000015, "Key_PageUp": 0x01000016, "Key_PageDown": 0x01000017,
	"Key_Shift": 0x01000020, "Key_Control": 0x01000021, "Key_Meta": 0x01000022, "Key_Alt": 0x01000023,
	"Key_CapsLock": 0x01000024, "Key_NumLock": 0x01000025, "Key_ScrollLock": 0x01000026,
	"Key_Menu": 0x01000055, "Key_Back": 0x01000061, "Key_Forward": 0x01000062, "Key_Space": 0x20,
	"Key_Exclam": 0x21, "Key_Plus": 0x2b, "Key_Comma": 0x2c, "Key_Minus": 0x2d, "Key_Period": 0x2e,
	"Key_Slash": 0x2f, "Key_Colon": 0x3a, "Key_Semicolon": 0x3b, "Key_Equal": 0x3d, "Key_Question": 0x3f,
	"Key_unknown": 0x01ffffff,
	// TimeSpec
	"LocalTime": 0, "UTC": 1, "OffsetFromUTC": 2, "TimeZone": 3,
	// CheckState
	"Unchecked": 0, "PartiallyChecked": 1, "Checked": 2,
	// TextElideMode
	"ElideLeft": 0, "ElideRight": 1, "ElideMiddle": 2, "ElideNone": 3,
	// CaseSensitivity, SortOrder
	"CaseInsensitive": 0, "CaseSensitive": 1, "AscendingOrder": 0, "DescendingOrder": 1,
	// ItemDataRole
	"DisplayRole": 0, "DecorationRole": 1, "EditRole": 2, "ToolTipRole": 3, "StatusTipRole": 4,
	"WhatsThisRole": 5, "UserRole": 0x100,
	// TextFormat, LayoutDirection
	"PlainText": 0, "RichText": 1, "AutoText": 2, "MarkdownText": 3, "LeftToRight": 0, "RightToLeft": 1,
	"LayoutDirectionAuto": 2,
	// DayOfWeek
	"Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5, "Saturday": 6, "Sunday": 7,
	// WindowType
	"Widget": 0, "Window": 1, "Dialog": 3, "Popup": 9,
}

func init() {
	for c := 'A'; c <= 'Z'; c++ {
		qtNamespaceEnums["Key_"+string(c)] = int(c)
	}
	for d := 0; d <= 9; d++ {
		qtNamespaceEnums["Key_"+strconv.Itoa(d)] = 0x30 + d
	}
	for f := 1; f <= 35; f++ {
		qtNamespaceEnums["Key_F"+strconv.Itoa(f)] = 0x01000030 + f - 1
	}
}

// installQtEnums puts the Qt namespace's enumeration values on Qt.
func (e *Engine) installQtEnums(qt *goja.Object) {
	for name, v := range qtNamespaceEnums {
		qt.Set(name, v)
	}
}
