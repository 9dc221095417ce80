---- MODULE SetMapBoolean ----
CONSTANT S
A == {BOOLEAN : x \in S}
====
