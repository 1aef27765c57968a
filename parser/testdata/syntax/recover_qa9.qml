QtObject { enum { A } }
