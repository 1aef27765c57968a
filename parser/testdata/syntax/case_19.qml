QtObject {} QtObject {}
