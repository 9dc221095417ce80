---- MODULE InSet ----
A == {LAMBDA x : x}
====
