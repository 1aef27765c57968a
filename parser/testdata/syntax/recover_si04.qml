import "foo
QtObject {}
