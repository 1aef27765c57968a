QtObject { property var f: function(a) : string { return a } }
