---------------------------- MODULE Bank ----------------------------
(* Accounts that move money between themselves. The amount of a transfer ranges over a set that  *)
(* depends on the state (1..bal[f]), so TLC cannot split the next-state relation on it: a log    *)
(* names Transfer with its three parameters, and the direct engine must bind them itself.        *)
EXTENDS Naturals, FiniteSets

CONSTANTS Acct,     \* the accounts (model values)
          Initial   \* every account's opening balance

VARIABLES bal,      \* account -> balance
          last      \* the last transfer: [from, to, amount], or NoTransfer before the first

vars == <<bal, last>>

NoTransfer == [from |-> "none", to |-> "none", amount |-> 0]

Init == /\ bal = [a \in Acct |-> Initial]
        /\ last = NoTransfer

Transfer(from, to, amount) ==
    /\ from # to
    /\ amount <= bal[from]
    /\ bal' = [bal EXCEPT ![from] = @ - amount, ![to] = @ + amount]
    /\ last' = [from |-> from, to |-> to, amount |-> amount]

Next == \E f, t \in Acct : \E amt \in 1..bal[f] : Transfer(f, t, amt)

Spec == Init /\ [][Next]_vars

Total == Initial * Cardinality(Acct)

TypeOK == /\ bal \in [Acct -> 0..Total]
          /\ last.amount \in 0..Total

\* Money is neither created nor lost: no account holds more than all of it, and the last
\* transfer's target holds at least what it received.
NoOverdraft == \A a \in Acct : bal[a] >= 0
Received == last # NoTransfer => bal[last.to] >= last.amount
======================================================================
