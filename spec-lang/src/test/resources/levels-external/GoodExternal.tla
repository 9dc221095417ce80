---- MODULE GoodExternal ----
EXTENDS LevelsLibrary
Spec == x = 0 /\ [][Next]_x
A == Prime(x) /\ Single(x') = {}
VARIABLE y
I == INSTANCE LevelsLibrary WITH x <- y
B == [][I!Next]_y
====
