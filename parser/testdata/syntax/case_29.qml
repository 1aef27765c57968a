QtObject { function f(a: int, b: string): void { } }
