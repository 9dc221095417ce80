---- MODULE Tuples ----
EXTENDS Naturals, Sequences
t == <<1, "a", TRUE>>
Empty == <<>>
First == t[1]
Seqs == Append(<<1>>, 2) \o <<3>>
L == Len(Seqs)
====
