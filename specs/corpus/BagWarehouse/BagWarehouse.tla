---------------------------- MODULE BagWarehouse ----------------------------
(***************************************************************************)
(* A small warehouse. Two bins hold items, each a bag (several copies of   *)
(* an item). Orders wait in a queue kept sorted by priority; an order is   *)
(* picked from one bin when that bin holds all of it, and leaves through   *)
(* the dock of its items' category. An auditor samples one item of the    *)
(* whole stock and records it by category.                                 *)
(***************************************************************************)
EXTENDS Naturals, Sequences, Bags, TLC, FiniteSetsExt

CONSTANTS Items, MaxCopies, MaxOrders

VARIABLES bins, orders, shipped, dock, audited

vars == <<bins, orders, shipped, dock, audited>>

Bins == {1, 2}
Priority(i) == CASE i = "bolt" -> 1 [] i = "nut" -> 2 [] OTHER -> 3
Category(i) == IF i = "saw" THEN "tools" ELSE "hardware"
DockFor == [hardware |-> "east", tools |-> "west"]

(* The whole stock: the copies in every bin. *)
Stock == BagUnion({bins[b] : b \in Bins})

Order(i) == [item |-> i, prio |-> Priority(i), want |-> SetToBag({i})]
ByPriority(q) == SortSeq(q, LAMBDA a, b : a.prio < b.prio)
QueuedPriority == FoldSet(LAMBDA o, acc : acc + o.prio, 0, {orders[k] : k \in DOMAIN orders})

Init == /\ bins = [b \in Bins |-> IF b = 1 THEN SetToBag({"bolt", "nut"}) ELSE SetToBag({"saw"})]
        /\ orders = ByPriority(<<Order("saw"), Order("bolt")>>)
        /\ shipped = EmptyBag
        /\ dock = "none"
        /\ audited = EmptyBag

Restock(b, i) == /\ CopiesIn(i, bins[b]) < MaxCopies
                 /\ bins' = [bins EXCEPT ![b] = @ (+) SetToBag({i})]
                 /\ UNCHANGED <<orders, shipped, dock, audited>>

Request(i) == /\ Len(orders) < MaxOrders
              /\ QueuedPriority < 5
              /\ orders' = ByPriority(Append(orders, Order(i)))
              /\ UNCHANGED <<bins, shipped, dock, audited>>

Pick == /\ orders # <<>>
        /\ Head(orders).want \sqsubseteq Stock
        /\ \E b \in Bins : /\ Head(orders).want \sqsubseteq bins[b]
                           /\ bins' = [bins EXCEPT ![b] = @ (-) Head(orders).want]
        /\ shipped' = IF BagCardinality(shipped) < 2 THEN shipped (+) Head(orders).want ELSE Head(orders).want
        /\ dock' = RandomElement({DockFor[Category(i)] : i \in BagToSet(Head(orders).want)})
        /\ orders' = Tail(orders)
        /\ UNCHANGED audited

Cancel(i) == /\ \E k \in DOMAIN orders : orders[k].item = i
             /\ orders' = SelectSeq(orders, LAMBDA o : o.item # i)
             /\ UNCHANGED <<bins, shipped, dock, audited>>

Audit == /\ \E sample \in SubBag(Stock) :
               /\ BagCardinality(sample) = 1
               /\ audited' = BagOfAll(Category, sample)
         /\ UNCHANGED <<bins, orders, shipped, dock>>

Next == \/ \E b \in Bins, i \in Items : Restock(b, i)
        \/ \E i \in Items : Request(i) \/ Cancel(i)
        \/ Pick
        \/ Audit

Spec == Init /\ [][Next]_vars

TypeOK == /\ dock \in {"none", "east", "west"}
          /\ IsABag(shipped) \/ shipped = EmptyBag
          /\ Len(orders) <= MaxOrders + 1

StockBounded == \A b \in Bins : \A i \in BagToSet(bins[b]) : CopiesIn(i, bins[b]) <= MaxCopies
ShippedIsStock == BagCardinality(shipped) <= 2
AuditedOneItem == audited = EmptyBag \/ BagCardinality(audited) = 1
=============================================================================
