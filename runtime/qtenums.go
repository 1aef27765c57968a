package runtime

import (
	"maps"
	"slices"
	"strconv"
	"sync"

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
	// GlobalColor
	"color0": 0, "color1": 1, "black": 2, "white": 3, "darkGray": 4, "gray": 5, "lightGray": 6,
	"red": 7, "green": 8, "blue": 9, "cyan": 10, "magenta": 11, "yellow": 12, "darkRed": 13,
	"darkGreen": 14, "darkBlue": 15, "darkCyan": 16, "darkMagenta": 17, "darkYellow": 18,
	"transparent": 19,
	// CursorShape
	"ArrowCursor": 0, "UpArrowCursor": 1, "CrossCursor": 2, "WaitCursor": 3, "IBeamCursor": 4,
	"SizeVerCursor": 5, "SizeHorCursor": 6, "SizeBDiagCursor": 7, "SizeFDiagCursor": 8,
	"SizeAllCursor": 9, "BlankCursor": 10, "SplitVCursor": 11, "SplitHCursor": 12,
	"PointingHandCursor": 13, "ForbiddenCursor": 14, "WhatsThisCursor": 15, "BusyCursor": 16,
	"OpenHandCursor": 17, "ClosedHandCursor": 18, "DragCopyCursor": 19, "DragMoveCursor": 20,
	"DragLinkCursor": 21,
	// AspectRatioMode, TransformationMode
	"IgnoreAspectRatio": 0, "KeepAspectRatio": 1, "KeepAspectRatioByExpanding": 2,
	"FastTransformation": 0, "SmoothTransformation": 1,
	// FocusPolicy, FocusReason
	"NoFocus": 0, "TabFocus": 1, "ClickFocus": 2, "StrongFocus": 11, "WheelFocus": 15,
	"MouseFocusReason": 0, "TabFocusReason": 1, "BacktabFocusReason": 2, "ActiveWindowFocusReason": 3,
	"PopupFocusReason": 4, "ShortcutFocusReason": 5, "MenuBarFocusReason": 6, "OtherFocusReason": 7,
	// ScrollBarPolicy, PenStyle, PenCapStyle, PenJoinStyle, BrushStyle, FillRule
	"ScrollBarAsNeeded": 0, "ScrollBarAlwaysOff": 1, "ScrollBarAlwaysOn": 2, "NoPen": 0,
	"SolidLine": 1, "DashLine": 2, "DotLine": 3, "DashDotLine": 4, "DashDotDotLine": 5, "FlatCap": 0,
	"SquareCap": 16, "RoundCap": 32, "MiterJoin": 0, "BevelJoin": 64, "RoundJoin": 128,
	"SvgMiterJoin": 256, "NoBrush": 0, "SolidPattern": 1, "OddEvenFill": 0, "WindingFill": 1,
	// Corner, Edge, ArrowType
	"TopLeftCorner": 0, "TopRightCorner": 1, "BottomLeftCorner": 2, "BottomRightCorner": 3,
	"TopEdge": 1, "LeftEdge": 2, "RightEdge": 4, "BottomEdge": 8, "NoArrow": 0, "UpArrow": 1,
	"DownArrow": 2, "LeftArrow": 3, "RightArrow": 4,
	// InputMethodHint
	"ImhNone": 0, "ImhHiddenText": 1, "ImhSensitiveData": 2, "ImhNoAutoUppercase": 4,
	"ImhPreferNumbers": 8, "ImhNoPredictiveText": 64, "ImhDate": 128, "ImhTime": 256,
	"ImhMultiLine": 1024, "ImhDigitsOnly": 0x10000, "ImhFormattedNumbersOnly": 0x20000,
	"ImhUppercaseOnly": 0x40000, "ImhLowercaseOnly": 0x80000, "ImhDialableCharactersOnly": 0x100000,
	"ImhEmailCharactersOnly": 0x200000, "ImhUrlCharactersOnly": 0x400000,
	// ItemDataRole (more), ItemFlag, MatchFlag
	"FontRole": 6, "TextAlignmentRole": 7, "BackgroundRole": 8, "ForegroundRole": 9,
	"CheckStateRole": 10, "AccessibleTextRole": 11, "AccessibleDescriptionRole": 12,
	"SizeHintRole": 13, "InitialSortOrderRole": 14, "NoItemFlags": 0, "ItemIsSelectable": 1,
	"ItemIsEditable": 2, "ItemIsDragEnabled": 4, "ItemIsDropEnabled": 8, "ItemIsUserCheckable": 16,
	"ItemIsEnabled": 32, "ItemIsAutoTristate": 64, "ItemNeverHasChildren": 128,
	"ItemIsUserTristate": 256, "MatchExactly": 0, "MatchContains": 1, "MatchStartsWith": 2,
	"MatchEndsWith": 3, "MatchRegularExpression": 4, "MatchWildcard": 5, "MatchFixedString": 8,
	"MatchCaseSensitive": 16, "MatchWrap": 32, "MatchRecursive": 64,
	// WindowType (more), WindowState, WindowModality, ScreenOrientation, ApplicationState
	"Sheet": 5, "Drawer": 7, "Tool": 11, "ToolTip": 13, "SplashScreen": 15, "Desktop": 17,
	"SubWindow": 18, "FramelessWindowHint": 2048, "WindowStaysOnTopHint": 0x40000,
	"NoDropShadowWindowHint": 0x40000000, "WindowNoState": 0, "WindowMinimized": 1,
	"WindowMaximized": 2, "WindowFullScreen": 4, "WindowActive": 8, "NonModal": 0, "WindowModal": 1,
	"ApplicationModal": 2, "PrimaryOrientation": 0, "PortraitOrientation": 1,
	"LandscapeOrientation": 2, "InvertedPortraitOrientation": 4, "InvertedLandscapeOrientation": 8,
	"ApplicationSuspended": 0, "ApplicationHidden": 1, "ApplicationInactive": 2,
	"ApplicationActive": 4,
	// DropAction, ShortcutContext, TimerType, TextInteractionFlag, ItemSelectionMode, SizeMode
	"IgnoreAction": 0, "CopyAction": 1, "MoveAction": 2, "LinkAction": 4, "WidgetShortcut": 0,
	"WindowShortcut": 1, "ApplicationShortcut": 2, "WidgetWithChildrenShortcut": 3, "PreciseTimer": 0,
	"CoarseTimer": 1, "VeryCoarseTimer": 2, "NoTextInteraction": 0, "TextSelectableByMouse": 1,
	"LinksAccessibleByMouse": 4, "TextEditable": 16, "TextEditorInteraction": 19,
	"TextBrowserInteraction": 13, "ContainsItemShape": 0, "IntersectsItemShape": 1, "AbsoluteSize": 0,
	"RelativeSize": 1,
	// Key (more)
	"Key_Any": 32, "Key_Asterisk": 42, "Key_VolumeDown": 0x1000070, "Key_VolumeUp": 0x1000072,
	"Key_MediaPlay": 0x1000080, "Key_Search": 0x1000092,
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
	for _, name := range qtEnumNames() {
		qt.DefineDataProperty(name, e.vm.ToValue(qtNamespaceEnums[name]), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// qtEnumNames are the keys of qtNamespaceEnums in a fixed order, so that
// Object.getOwnPropertyNames(Qt) is the same in every run.
var qtEnumNames = sync.OnceValue(func() []string {
	return slices.Sorted(maps.Keys(qtNamespaceEnums))
})
