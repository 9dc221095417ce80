---------------------------- MODULE BagInventory ----------------------------
(* A warehouse stock as a bag of items: restock adds a copy, an order      *)
(* removes one, a shipment moves an item to the shipped bag.               *)
EXTENDS Naturals, Bags

CONSTANTS Item, Limit

VARIABLES stock, shipped

vars == <<stock, shipped>>

Init == stock = EmptyBag /\ shipped = EmptyBag

Restock(i) ==
  /\ BagCardinality(stock) < Limit
  /\ stock' = stock (+) SetToBag({i})
  /\ UNCHANGED shipped

Ship(i) ==
  /\ BagIn(i, stock)
  /\ CopiesIn(i, shipped) < Limit
  /\ stock' = stock (-) SetToBag({i})
  /\ shipped' = shipped (+) SetToBag({i})

Next == \E i \in Item : Restock(i) \/ Ship(i)

Spec == Init /\ [][Next]_vars

StockBounded == BagCardinality(stock) <= Limit
Shipped == BagToSet(shipped) \subseteq Item
=============================================================================
