---- MODULE LetParamBoolean ----
A == LET f(BOOLEAN) == 1 IN 2
B == ]
====
