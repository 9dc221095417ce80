---- MODULE Records ----
EXTENDS Naturals
r == [a |-> 1, b |-> "two"]
RS == [a : Nat, b : STRING]
Get == r.a + 1
Ex == [r EXCEPT !.a = 2, !.b = "x"]
Nested == [n |-> [m |-> 0]]
Deep == [Nested EXCEPT !.n.m = @ + 1]
Mixed == [[x |-> <<1, 2>>] EXCEPT !.x[1] = 5]
KeywordField == [r EXCEPT !.a = 0].a
====
