---- MODULE Parts ----
(* Translation per part: an action with one untranslatable piece keeps its translated conjuncts;
   each piece outside the subset becomes a method to implement (named after the operator it
   applies, else after the action and its position). Higher-order operators take Java functions. *)
EXTENDS Naturals, FiniteSets, TLC
CONSTANTS Proc, Hash(_)
VARIABLES count, last, seen

TypeOK == /\ count \in Nat
          /\ last \in Proc \cup {"none"}
          /\ seen \in SUBSET Nat

Twice(F(_), x) == F(F(x))
Fold3(Op(_, _, _), a, b, c) == Op(a, b, c)
Inc(n) == n + 1
HashOf(p) == 7   \* what the model checks with (Hash <- HashOf); the Java code gets its own Hash

Init == count = 0 /\ last = "none" /\ seen = {}

Bump(p) == /\ count < 3
           /\ Hash(p) \notin seen
           /\ count' = Twice(LAMBDA k : k + 1, count) - 1
           /\ last' = p
           /\ seen' = seen \cup {Hash(p)}

Pick == /\ count > 0
        /\ \E k \in seen : k > count
        /\ (LET Apply(F(_), x) == F(x) IN Apply(LAMBDA a : a - count, count)) = 0
        /\ count' = Twice(Inc, count) - 2
        /\ seen' = {CHOOSE n \in 0..10 : n > count'}
        /\ UNCHANGED last

Sum3 == Fold3(LAMBDA a, b, c : a + b + c, count, 1, 2)

Next == (\E p \in Proc : Bump(p)) \/ Pick
====
