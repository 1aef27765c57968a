QtObject { x: a.b.c(
  1,
  2 }
