--------------------------- MODULE VendingMachine ---------------------------
(* A vending machine: insert coins, choose a product it has in stock, get  *)
(* change back; the cash box only grows by the price of what was sold.    *)
EXTENDS Naturals

CONSTANTS Product, Price, MaxCredit

VARIABLES credit, stock, cashBox

vars == <<credit, stock, cashBox>>

MCPrice == [p \in Product |-> IF p = "tea" THEN 2 ELSE 3]

TypeOK == credit \in 0..MaxCredit /\ stock \in [Product -> 0..2] /\ cashBox \in Nat

Init == credit = 0 /\ stock = [p \in Product |-> 2] /\ cashBox = 0

Insert(c) == credit + c <= MaxCredit /\ credit' = credit + c /\ UNCHANGED <<stock, cashBox>>
Vend(p) ==
  /\ stock[p] > 0
  /\ credit >= Price[p]
  /\ stock' = [stock EXCEPT ![p] = @ - 1]
  /\ cashBox' = cashBox + Price[p]
  /\ credit' = 0
Refund == credit > 0 /\ credit' = 0 /\ UNCHANGED <<stock, cashBox>>
Restock == (\A q \in Product : stock[q] = 0) /\ stock' = [p \in Product |-> 2] /\ cashBox' = 0 /\ UNCHANGED credit

Next == (\E c \in {1, 2} : Insert(c)) \/ (\E p \in Product : Vend(p)) \/ Refund \/ Restock

Spec == Init /\ [][Next]_vars

CashMatchesSales == cashBox <= 2 * 2 * 3
=============================================================================
