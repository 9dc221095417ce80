--------------------------- MODULE RecursiveTally ---------------------------
(***************************************************************************)
(* A tally service appends readings to a log and keeps a running total     *)
(* modulo 100. The total is recomputed by a recursive function local to    *)
(* the action, the log's length by a LET RECURSIVE operator, the readings  *)
(* come from a recursive operator, the invariant sums the log with a       *)
(* recursive function over the infinite Seq(Nat), and the modular sum is a *)
(* user-defined infix operator. A full log is cleared when every reading   *)
(* is positive (an action under \A).                                       *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS Cap

VARIABLES log, total

vars == <<log, total>>

a ++ b == (a + b) % 100

RECURSIVE Fib(_)
Fib(n) == IF n < 2 THEN n ELSE Fib(n - 1) + Fib(n - 2)

SeqSum[s \in Seq(Nat)] == IF s = <<>> THEN 0 ELSE Head(s) + SeqSum[Tail(s)]

Init == log = <<>> /\ total = 0

Add(x) ==
    /\ Len(log) < Cap
    /\ log' = Append(log, x)
    /\ total' = LET RECURSIVE Count(_)
                    Count(s) == IF s = <<>> THEN 0 ELSE 1 + Count(Tail(s))
                    sums[k \in 0..Len(log')] == IF k = 0 THEN 0 ELSE sums[k - 1] ++ log'[k]
                IN  sums[Count(log')]

Clear == Len(log) = Cap /\ \A i \in 1..Len(log) : log[i] > 0 /\ log' = <<>> /\ total' = 0

Next == Clear \/ \E x \in {Fib(5), Fib(9), Fib(11)} : Add(x)

Spec == Init /\ [][Next]_vars

TotalIsSum == total = SeqSum[log] % 100
=============================================================================
