---------------------------- MODULE BankTransfer ----------------------------
(* Transfers between accounts in two steps (withdraw, then deposit), with  *)
(* the pending transfers a set of records; money is conserved.            *)
EXTENDS Naturals, FiniteSets

CONSTANTS Account, Initial

VARIABLES balance, pending

vars == <<balance, pending>>

Transfer == [from : Account, to : Account, amount : 1..2]

RECURSIVE Total(_)
Total(S) == IF S = {} THEN 0 ELSE LET a == CHOOSE x \in S : TRUE IN balance[a] + Total(S \ {a})

TypeOK == balance \in [Account -> 0..(Initial * 2)] /\ pending \subseteq Transfer

Init == balance = [a \in Account |-> Initial] /\ pending = {}

Withdraw(t) ==
  /\ t.from # t.to
  /\ pending = {}
  /\ balance[t.from] >= t.amount
  /\ balance' = [balance EXCEPT ![t.from] = @ - t.amount]
  /\ pending' = {t}

Deposit(t) ==
  /\ t \in pending
  /\ balance' = [balance EXCEPT ![t.to] = @ + t.amount]
  /\ pending' = pending \ {t}

Next == \E t \in Transfer : Withdraw(t) \/ Deposit(t)

Spec == Init /\ [][Next]_vars

Conserved == pending = {} => Total(Account) = Initial * Cardinality(Account)
=============================================================================
