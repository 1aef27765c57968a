import
QtObject {}
