----------------------------- MODULE LibInventory -----------------------------
(***************************************************************************)
(* A warehouse keeps its stock as a bag of item kinds: deliveries add,     *)
(* orders remove, a recall removes every unit of a kind. Uses Bags and     *)
(* BagsExt.                                                                *)
(***************************************************************************)
EXTENDS Naturals, Bags, BagsExt

CONSTANTS Kinds, Capacity, Price

VARIABLES stock, recalled

vars == <<stock, recalled>>

Init == stock = EmptyBag /\ recalled = {}

Deliver(k) ==
    /\ k \notin recalled
    /\ BagCardinality(stock) < Capacity
    /\ stock' = BagAdd(stock, k)
    /\ UNCHANGED recalled

Order(k) ==
    /\ BagIn(k, stock)
    /\ stock' = BagRemove(stock, k)
    /\ UNCHANGED recalled

Recall(k) ==
    /\ k \notin recalled
    /\ stock' = BagRemoveAll(stock, k)
    /\ recalled' = recalled \cup {k}

Next == \E k \in Kinds : Deliver(k) \/ Order(k) \/ Recall(k)

PriceList == [k \in {"bolt", "nut", "gear"} |-> IF k = "gear" THEN 7 ELSE 1]

Spec == Init /\ [][Next]_vars

\* the value of the stock, computed by folding the bag and by counting copies
Value == FoldBag(LAMBDA k, acc : acc + Price[k], 0, stock)
ValueByCounting == Value = LET f[S \in SUBSET Kinds] ==
                                   IF S = {} THEN 0
                                   ELSE LET k == CHOOSE x \in S : TRUE
                                        IN  CopiesIn(k, stock) * Price[k] + f[S \ {k}]
                               IN  f[Kinds]
WithinCapacity == BagCardinality(stock) <= Capacity
NoRecalledStock == \A k \in recalled : ~ BagIn(k, stock)
IsBag == IsABag(stock)
==============================================================================
