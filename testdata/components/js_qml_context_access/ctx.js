function readRootValue() { return root.value }
function readProp() { return value }
