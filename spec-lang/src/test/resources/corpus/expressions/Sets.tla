---- MODULE Sets ----
EXTENDS Naturals, FiniteSets
S == {1, 2, 3}
E == {}
Filter == {x \in S : x > 1}
Map == {x * 2 : x \in S}
Map2 == {x + y : x \in S, y \in S}
TupleFilter == {<<a, b>> \in S \X S : a < b}
Ops == (S \cup E) \cap (S \ {1})
Power == SUBSET S
BigU == UNION {S, E}
Rel == 1 \in S /\ 4 \notin S /\ E \subseteq S
Product == S \X S \X S
ProductNested == S \X S \X {x + 1 : x \in S}
Card == Cardinality(S)
====
