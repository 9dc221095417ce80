---- MODULE LetRedefinesModuleName ----
CONSTANT S
D == S
A == LET D == LET x ==
                    y
              IN x
     IN D
====
