---- MODULE SetMapTrueIn ----
CONSTANT S
A == {TRUE \in S : x \in S}
====
