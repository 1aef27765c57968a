QtObject { signal on() }
