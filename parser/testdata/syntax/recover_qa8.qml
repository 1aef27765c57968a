QtObject { enum E { A = } }
