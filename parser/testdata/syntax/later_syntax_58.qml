import QtQml
QtObject {
    function f() { async function h() { for await (const x of y) {} } }
}
