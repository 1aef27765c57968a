QtObject { onX: function (a, b) { }; }
