QtObject { required x required y }
