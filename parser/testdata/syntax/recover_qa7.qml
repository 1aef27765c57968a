QtObject { enum E { A B } }
