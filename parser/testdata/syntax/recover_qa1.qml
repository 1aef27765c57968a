QtObject { signal a signal b }
