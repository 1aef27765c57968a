QtObject { x: [QtObject {} QtObject {}] }
