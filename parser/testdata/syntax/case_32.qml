QtObject { enum E { A, } }
