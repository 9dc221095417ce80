---- MODULE OplusDefinedArg ----
a <+> b == a
F(g(_,_)) == 1
A == F(<+>)
====
