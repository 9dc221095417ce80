---------------------------- MODULE ShoppingCart ----------------------------
(* A shopping cart as a bag of items: add, remove one copy, check out.    *)
EXTENDS Naturals, Bags

CONSTANTS Item, MaxItems

VARIABLES cart, orders

vars == <<cart, orders>>

Init == cart = EmptyBag /\ orders = 0

Add(i) == BagCardinality(cart) < MaxItems /\ cart' = cart (+) SetToBag({i}) /\ UNCHANGED orders
Remove(i) == BagIn(i, cart) /\ cart' = cart (-) SetToBag({i}) /\ UNCHANGED orders
Checkout == cart # EmptyBag /\ orders < 2 /\ cart' = EmptyBag /\ orders' = orders + 1

Next == Checkout \/ \E i \in Item : Add(i) \/ Remove(i)

Spec == Init /\ [][Next]_vars

CartBounded == BagCardinality(cart) <= MaxItems /\ IsABag(cart)
=============================================================================
