------------------------- MODULE LibCreditTermination -------------------------
(***************************************************************************)
(* Credit-recovery termination detection (Mattern): the controller hands   *)
(* out credit, a process sending work splits its credit in half with the   *)
(* message, and idle processes return their credit. All work is done when  *)
(* the controller holds credit One again. Credits are dyadic rationals.    *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, DyadicRationals, FiniteSetsExt

CONSTANTS Procs, MaxDen

VARIABLES credit, busy, msgs, returned

vars == <<credit, busy, msgs, returned>>

Init ==
    /\ credit = [p \in Procs |-> IF p = CHOOSE q \in Procs : TRUE THEN One ELSE Zero]
    /\ busy = {CHOOSE q \in Procs : TRUE}
    /\ msgs = {}
    /\ returned = Zero

\* a busy process sends work to q with half its credit (while halves stay within MaxDen)
Send(p, q) ==
    /\ p \in busy
    /\ Half(credit[p]).den <= MaxDen
    /\ ~ \E m \in msgs : m.to = q
    /\ credit' = [credit EXCEPT ![p] = Half(@)]
    /\ msgs' = msgs \cup {[to |-> q, credit |-> Half(credit[p])]}
    /\ UNCHANGED <<busy, returned>>

Receive(m) ==
    /\ m \in msgs
    /\ busy' = busy \cup {m.to}
    /\ credit' = [credit EXCEPT ![m.to] = Add(@, m.credit)]
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED returned

Finish(p) ==
    /\ p \in busy
    /\ busy' = busy \ {p}
    /\ returned' = Add(returned, credit[p])
    /\ credit' = [credit EXCEPT ![p] = Zero]
    /\ UNCHANGED msgs

Next == \/ \E p, q \in Procs : p # q /\ Send(p, q)
        \/ \E m \in msgs : Receive(m)
        \/ \E p \in Procs : Finish(p)

Spec == Init /\ [][Next]_vars

\* the credit held by processes, carried by messages and returned adds up to One
Outstanding == FoldSet(LAMBDA p, acc : Add(credit[p], acc), Zero, Procs)
InFlight == FoldSet(LAMBDA m, acc : Add(m.credit, acc), Zero, msgs)
CreditConserved == Add(Add(Outstanding, InFlight), returned) = One
AllDyadic == \A p \in Procs : IsDyadicRational(credit[p])
\* termination is detected exactly when no work is left
DetectionSound == (returned = One) => (busy = {} /\ msgs = {})
==============================================================================
