QtObject { property var f: function(a: int) {} }
