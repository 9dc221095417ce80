--------------------------- MODULE TwoPhaseCommitBuggy ---------------------------
(***************************************************************************)
(* BUGGY two-phase commit (refuted by TLC: safety violation).              *)
(* Same as TwoPhaseCommit, except that the TM commits as soon as ONE       *)
(* resource manager has prepared instead of waiting for all of them.       *)
(* Another RM may meanwhile abort on its own, so TLC finds a behaviour     *)
(* where one RM commits and another aborts.                                *)
(*                                                                         *)
(* Constants:                                                              *)
(*   RM  the resource managers (model values, e.g. {r1, r2, r3}).          *)
(*                                                                         *)
(* Checked: TypeOK; Consistency -- violated (TLC exit code 12).            *)
(***************************************************************************)
EXTENDS FiniteSets

CONSTANT RM

VARIABLES
    rmState,     \* rmState[r]: the state of resource manager r
    tmState,     \* the transaction manager's state
    tmPrepared,  \* the RMs from which the TM has received "Prepared"
    msgs         \* messages sent so far (never removed)

vars == <<rmState, tmState, tmPrepared, msgs>>

Message ==
    [type : {"Prepared"}, rm : RM] \cup [type : {"Commit", "Abort"}]

TypeOK ==
    /\ rmState \in [RM -> {"working", "prepared", "committed", "aborted"}]
    /\ tmState \in {"init", "committed", "aborted"}
    /\ tmPrepared \in SUBSET RM
    /\ msgs \in SUBSET Message

Init ==
    /\ rmState = [r \in RM |-> "working"]
    /\ tmState = "init"
    /\ tmPrepared = {}
    /\ msgs = {}

-----------------------------------------------------------------------------
(* Transaction manager actions *)

TMRcvPrepared(r) ==
    /\ tmState = "init"
    /\ [type |-> "Prepared", rm |-> r] \in msgs
    /\ r \notin tmPrepared
    /\ tmPrepared' = tmPrepared \cup {r}
    /\ UNCHANGED <<rmState, tmState, msgs>>

TMCommit ==
    /\ tmState = "init"
    /\ tmPrepared # {}          \* BUG: should be tmPrepared = RM
    /\ tmState' = "committed"
    /\ msgs' = msgs \cup {[type |-> "Commit"]}
    /\ UNCHANGED <<rmState, tmPrepared>>

TMAbort ==
    /\ tmState = "init"
    /\ tmState' = "aborted"
    /\ msgs' = msgs \cup {[type |-> "Abort"]}
    /\ UNCHANGED <<rmState, tmPrepared>>

-----------------------------------------------------------------------------
(* Resource manager actions *)

RMPrepare(r) ==
    /\ rmState[r] = "working"
    /\ rmState' = [rmState EXCEPT ![r] = "prepared"]
    /\ msgs' = msgs \cup {[type |-> "Prepared", rm |-> r]}
    /\ UNCHANGED <<tmState, tmPrepared>>

RMChooseToAbort(r) ==
    /\ rmState[r] = "working"
    /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
    /\ UNCHANGED <<tmState, tmPrepared, msgs>>

RMRcvCommitMsg(r) ==
    /\ [type |-> "Commit"] \in msgs
    /\ rmState[r] = "prepared"
    /\ rmState' = [rmState EXCEPT ![r] = "committed"]
    /\ UNCHANGED <<tmState, tmPrepared, msgs>>

RMRcvAbortMsg(r) ==
    /\ [type |-> "Abort"] \in msgs
    /\ rmState[r] \in {"working", "prepared"}
    /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
    /\ UNCHANGED <<tmState, tmPrepared, msgs>>

\* Once every RM has decided, the protocol is over: allow stuttering instead
\* of reporting a deadlock.
Terminated ==
    /\ \A r \in RM : rmState[r] \in {"committed", "aborted"}
    /\ UNCHANGED vars

Next ==
    \/ TMCommit
    \/ TMAbort
    \/ \E r \in RM : TMRcvPrepared(r)
    \/ \E r \in RM : RMPrepare(r)
    \/ \E r \in RM : RMChooseToAbort(r)
    \/ \E r \in RM : RMRcvCommitMsg(r)
    \/ \E r \in RM : RMRcvAbortMsg(r)
    \/ Terminated

Spec == Init /\ [][Next]_vars /\ WF_vars(Next)

-----------------------------------------------------------------------------
(* Properties *)

Consistency ==
    \A r1, r2 \in RM : ~(rmState[r1] = "aborted" /\ rmState[r2] = "committed")

CommitNeedsAllPrepared ==
    tmState = "committed" => tmPrepared = RM

Termination ==
    <>(\A r \in RM : rmState[r] \in {"committed", "aborted"})
=============================================================================
