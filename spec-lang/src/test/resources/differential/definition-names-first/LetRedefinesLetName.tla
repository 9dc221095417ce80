---- MODULE LetRedefinesLetName ----
CONSTANT S
A == LET z == S
         L == LET z == LET a == S
                        z == S
                    IN a
     IN L
====
