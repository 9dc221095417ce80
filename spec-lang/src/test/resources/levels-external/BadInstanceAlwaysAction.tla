---- MODULE BadInstanceAlwaysAction ----
VARIABLE y
I == INSTANCE LevelsLibrary WITH x <- y
Spec == [](I!Next)
====
