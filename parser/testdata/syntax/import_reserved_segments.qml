import QtQml 2.0
import declarative.import.for.typeloader.test 3.2
import a.if.class.function.double 1.0 as Foo
QtObject {}
