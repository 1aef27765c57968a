QtObject { Component.onCompleted: {} ; }
