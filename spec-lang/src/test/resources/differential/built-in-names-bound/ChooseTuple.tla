---- MODULE ChooseTuple ----
A == CHOOSE <<TRUE, b>> : TRUE
====
