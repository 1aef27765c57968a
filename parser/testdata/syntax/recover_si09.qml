import 5
QtObject {}
