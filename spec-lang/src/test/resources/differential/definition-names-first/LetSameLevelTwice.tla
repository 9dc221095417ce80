---- MODULE LetSameLevelTwice ----
CONSTANT S
A == LET z == S
         z ==
           y
     IN z
====
