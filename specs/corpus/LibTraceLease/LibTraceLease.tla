---------------------------- MODULE LibTraceLease ----------------------------
(***************************************************************************)
(* A lease handed between clients by a coordinator that bumps an epoch on  *)
(* every grant. Instead of a history variable, the invariants look back    *)
(* along the behaviour with TLCExt's Trace: epochs never go back, and the  *)
(* holder changes only together with the epoch. TLCFP tags each grant with *)
(* a fingerprint of who got it in which epoch.                             *)
(***************************************************************************)
EXTENDS Naturals, Sequences, TLC, TLCExt

CONSTANTS Client, MaxEpoch

VARIABLES holder, epoch, expired
vars == <<holder, epoch, expired>>

None == "none"

Init == /\ holder = None
        /\ epoch = 0
        /\ expired = FALSE

Grant(c) == /\ holder = None \/ expired
            /\ epoch < MaxEpoch
            /\ holder' = c
            /\ epoch' = epoch + 1
            /\ expired' = FALSE

Expire == /\ holder # None
          /\ ~expired
          /\ expired' = TRUE
          /\ UNCHANGED <<holder, epoch>>

Release == /\ holder # None
           /\ holder' = None
           /\ expired' = FALSE
           /\ UNCHANGED epoch

Next == \/ \E c \in Client : Grant(c)
        \/ Expire
        \/ Release

EpochsNeverGoBack ==
    \A i \in 1..Len(Trace) - 1 : Trace[i].epoch <= Trace[i + 1].epoch

HolderChangesOnlyWithTheEpoch ==
    \A i \in 1..Len(Trace) - 1 :
        (Trace[i + 1].holder \notin {None, Trace[i].holder}) => Trace[i + 1].epoch = Trace[i].epoch + 1

PrefixEndsHere == Trace[Len(Trace)] = [holder |-> holder, epoch |-> epoch, expired |-> expired]

GrantTag == TLCFP(<<holder, epoch>>)
TagsDistinguishGrants ==
    \A i \in 1..Len(Trace) : (Trace[i].epoch # epoch) => TLCFP(<<Trace[i].holder, Trace[i].epoch>>) # GrantTag

Spec == Init /\ [][Next]_vars
==============================================================================
