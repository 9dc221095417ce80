--------------------------- MODULE LibReplicatedLog ---------------------------
(***************************************************************************)
(* A leader appends client commands to its log; followers copy a longer   *)
(* prefix of it; an entry is committed once a majority holds it. Uses      *)
(* SequencesExt, Functions, FiniteSetsExt and Folds from the library.      *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, SequencesExt, Functions, FiniteSetsExt, Folds

CONSTANTS Servers, Leader, Commands, MaxLog

VARIABLES log, commitIndex

vars == <<log, commitIndex>>

Followers == Servers \ {Leader}
Majority == {Q \in SUBSET Servers : 2 * Cardinality(Q) > Cardinality(Servers)}

TypeOK ==
    /\ log \in [Servers -> SeqOf(Commands, MaxLog)]
    /\ commitIndex \in 0..MaxLog

Init ==
    /\ log = [s \in Servers |-> <<>>]
    /\ commitIndex = 0

ClientRequest(c) ==
    /\ Len(log[Leader]) < MaxLog
    /\ ~ Contains(log[Leader], c)
    /\ log' = [log EXCEPT ![Leader] = Append(@, c)]
    /\ UNCHANGED commitIndex

Replicate(f) ==
    /\ IsStrictPrefix(log[f], log[Leader])
    /\ log' = [log EXCEPT ![f] = SubSeq(log[Leader], 1, Len(log[f]) + 1)]
    /\ UNCHANGED commitIndex

\* the largest index a majority stores
Committable == Max({i \in 0..Len(log[Leader]) :
                        \E Q \in Majority : \A s \in Q : Len(log[s]) >= i})

AdvanceCommit ==
    /\ Committable > commitIndex
    /\ commitIndex' = Committable
    /\ UNCHANGED log

Next ==
    \/ \E c \in Commands : ClientRequest(c)
    \/ \E f \in Followers : Replicate(f)
    \/ AdvanceCommit

Spec == Init /\ [][Next]_vars

\* every follower's log is a prefix of the leader's, and logs hold no command twice
LogMatching == \A s \in Servers : IsPrefix(log[s], log[Leader]) /\ IsInjective(log[s])
\* committed entries are stored by a majority
CommittedDurable ==
    \E Q \in Majority : \A s \in Q : Len(log[s]) >= commitIndex
\* what the servers hold, counted two ways
Stored == FoldFunction(LAMBDA l, acc : acc + Len(l), 0, log)
StoredCounts == Stored = MapThenSumSet(LAMBDA s : Len(log[s]), Servers)
\* the commands anyone holds are the leader's
NoInvention == UNION {ToSet(l) : l \in Range(log)} = ToSet(log[Leader])
==============================================================================
