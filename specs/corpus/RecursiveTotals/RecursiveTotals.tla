-------------------------- MODULE RecursiveTotals --------------------------
(* Accounts with deposits; the total is computed by a recursive operator   *)
(* over the set of accounts and checked against a recursive function.     *)
EXTENDS Naturals, FiniteSets, Sequences

CONSTANTS Account, Cap

VARIABLES balance, history

vars == <<balance, history>>

RECURSIVE SetSum(_, _)
SetSum(S, f) == IF S = {} THEN 0
                ELSE LET a == CHOOSE x \in S : TRUE IN f[a] + SetSum(S \ {a}, f)

SeqSum[s \in Seq(Nat)] == IF s = <<>> THEN 0 ELSE Head(s) + SeqSum[Tail(s)]

Init == balance = [a \in Account |-> 0] /\ history = <<>>

Deposit(a, n) ==
  /\ balance[a] + n <= Cap
  /\ balance' = [balance EXCEPT ![a] = @ + n]
  /\ history' = Append(history, n)

Next == \E a \in Account, n \in 1..2 : Deposit(a, n)

Spec == Init /\ [][Next]_vars

TotalsAgree == SetSum(Account, balance) = SeqSum[history]
=============================================================================
