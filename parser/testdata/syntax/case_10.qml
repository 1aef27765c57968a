QtObject { enum E { A = -1 } }
