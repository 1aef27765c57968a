// TestCase has empty init/cleanup/initTestCase/cleanupTestCase a test may call.
import QtQml
import QtTest
TestCase { name: "D"
 function init() { console.log("mine") }
 function test_a() { console.log(typeof init, typeof cleanup, typeof initTestCase); cleanup(); init() }
}
