// A versioned, qualified import: T.TestCase and T.SignalSpy work as usual.
import QtQuick 2.15
import QtTest 1.2 as T

Item {
    T.TestCase {
        name: "Qualified"
        function test_a() { compare(1, 1); verify(T.TestCase !== undefined) }
    }
    T.SignalSpy { id: spy }
    T.TestCase {
        name: "Q2"
        function test_b() { verify(true) }
    }
}
