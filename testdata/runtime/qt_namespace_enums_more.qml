import QtQml
// More enumerations of the Qt namespace (GlobalColor, CursorShape, focus,
// pens, input hints, item flags, window states...) with Qt 6.4's values.
QtObject {
    Component.onCompleted: {
        var names = [
            "color0", "black", "white", "red", "green", "blue", "darkYellow", "transparent",
            "ArrowCursor", "IBeamCursor", "PointingHandCursor", "BusyCursor", "DragLinkCursor", "KeepAspectRatio", "KeepAspectRatioByExpanding", "SmoothTransformation",
            "StrongFocus", "WheelFocus", "TabFocusReason", "OtherFocusReason", "ScrollBarAlwaysOn", "DashLine", "RoundCap", "RoundJoin",
            "SolidPattern", "WindingFill", "BottomRightCorner", "BottomEdge", "RightArrow", "ImhDigitsOnly", "ImhNoPredictiveText", "ImhUrlCharactersOnly",
            "CheckStateRole", "SizeHintRole", "ItemIsEnabled", "ItemIsUserTristate", "MatchContains", "MatchRegularExpression", "MatchRecursive", "Tool",
            "FramelessWindowHint", "WindowStaysOnTopHint", "WindowFullScreen", "ApplicationModal", "LandscapeOrientation", "ApplicationActive", "MoveAction", "ApplicationShortcut",
            "VeryCoarseTimer", "TextEditorInteraction", "IntersectsItemShape", "RelativeSize", "Key_Asterisk", "Key_VolumeUp", "Key_Search"
        ]
        for (var i = 0; i < names.length; i += 8)
            console.log(names.slice(i, i + 8).map(n => n + "=" + Qt[n]).join(" "))
        Qt.quit()
    }
}
