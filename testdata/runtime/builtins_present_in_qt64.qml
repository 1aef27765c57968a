import QtQml

QtObject {
    Component.onCompleted: {
        var checks = {
            "Object.fromEntries": Object.fromEntries, "Object.hasOwn": Object.hasOwn, "Object.entries": Object.entries, "Object.getOwnPropertyDescriptors": Object.getOwnPropertyDescriptors,
            "Array.prototype.flat": [].flat, "Array.prototype.flatMap": [].flatMap, "Array.prototype.findLast": [].findLast, "Array.prototype.findLastIndex": [].findLastIndex,
            "Array.prototype.at": [].at, "Array.prototype.includes": [].includes, "Array.prototype.toSorted": [].toSorted, "Array.prototype.copyWithin": [].copyWithin,
            "String.prototype.at": "".at, "String.prototype.replaceAll": "".replaceAll, "String.prototype.matchAll": "".matchAll, "String.prototype.trimStart": "".trimStart,
            "String.prototype.trimEnd": "".trimEnd, "String.prototype.padStart": "".padStart, "String.prototype.trimLeft": "".trimLeft, "String.prototype.trimRight": "".trimRight,
            "String.prototype.codePointAt": "".codePointAt, "String.prototype.normalize": "".normalize,
            "Promise.allSettled": Promise.allSettled, "Promise.any": Promise.any, "Promise.all": Promise.all, "Promise.prototype.finally": Promise.prototype.finally,
            "BigInt": typeof BigInt === "undefined" ? undefined : BigInt, "WeakRef": typeof WeakRef === "undefined" ? undefined : WeakRef,
            "FinalizationRegistry": typeof FinalizationRegistry === "undefined" ? undefined : FinalizationRegistry, "AggregateError": typeof AggregateError === "undefined" ? undefined : AggregateError,
            "Symbol.asyncIterator": Symbol.asyncIterator, "Symbol.prototype.description": Object.getOwnPropertyDescriptor(Symbol.prototype, "description"),
            "Math.fround": Math.fround, "Number.isFinite": Number.isFinite, "Reflect.ownKeys": Reflect.ownKeys, "Proxy": typeof Proxy === "undefined" ? undefined : Proxy,
            "Intl": typeof Intl === "undefined" ? undefined : Intl, "escape": typeof escape === "undefined" ? undefined : escape,
            "Date.prototype.toJSON": Date.prototype.toJSON, "Date.prototype.getYear": Date.prototype.getYear, "Date.prototype.setYear": Date.prototype.setYear, "Date.prototype.toGMTString": Date.prototype.toGMTString,
            "RegExp.prototype.flags": Object.getOwnPropertyDescriptor(RegExp.prototype, "flags"), "Error.captureStackTrace": Error.captureStackTrace,
            "Array.prototype.values": [].values, "TypedArray at": new Uint8Array(1).at, "String.prototype.substr": "".substr, "String.prototype.anchor": "".anchor
        }
        for (var k in checks) console.log(k, checks[k] === undefined ? "missing" : "present")
        var d = new Date(2020, 5, 1); console.log(d.toGMTString(), d.setYear(99), d.getFullYear(), d.setYear(2001), d.getYear())
        Qt.quit()
    }
}
