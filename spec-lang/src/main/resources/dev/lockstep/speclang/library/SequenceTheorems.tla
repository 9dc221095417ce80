--------------------------- MODULE SequenceTheorems ---------------------------
(***************************************************************************)
(* Facts about the operators of the standard module Sequences, for the     *)
(* TLA+ Proof System. Written for Lockstep so that specs with proofs parse *)
(* and can be model-checked; TLC ignores the theorems and their omitted     *)
(* proofs.                                                                  *)
(***************************************************************************)
EXTENDS Sequences, Integers, TLAPS

THEOREM SeqDef == \A S : Seq(S) = UNION {[1..n -> S] : n \in Nat}
PROOF OMITTED

THEOREM LenProperties ==
    ASSUME NEW S, NEW seq \in Seq(S)
    PROVE  /\ Len(seq) \in Nat
           /\ seq \in [1..Len(seq) -> S]
           /\ DOMAIN seq = 1..Len(seq)
PROOF OMITTED

THEOREM EmptySeq ==
    ASSUME NEW S
    PROVE  /\ << >> \in Seq(S)
           /\ \A seq \in Seq(S) : (seq = << >>) <=> (Len(seq) = 0)
PROOF OMITTED

THEOREM AppendProperties ==
    ASSUME NEW S, NEW seq \in Seq(S), NEW elt \in S
    PROVE  /\ Append(seq, elt) \in Seq(S)
           /\ Len(Append(seq, elt)) = Len(seq) + 1
           /\ \A i \in 1..Len(seq) : Append(seq, elt)[i] = seq[i]
           /\ Append(seq, elt)[Len(seq) + 1] = elt
PROOF OMITTED

THEOREM ConcatProperties ==
    ASSUME NEW S, NEW s1 \in Seq(S), NEW s2 \in Seq(S)
    PROVE  /\ s1 \o s2 \in Seq(S)
           /\ Len(s1 \o s2) = Len(s1) + Len(s2)
           /\ \A i \in 1..(Len(s1) + Len(s2)) :
                 (s1 \o s2)[i] = IF i <= Len(s1) THEN s1[i] ELSE s2[i - Len(s1)]
PROOF OMITTED

THEOREM HeadTailProperties ==
    ASSUME NEW S, NEW seq \in Seq(S), seq # << >>
    PROVE  /\ Head(seq) = seq[1]
           /\ Tail(seq) \in Seq(S)
           /\ Len(Tail(seq)) = Len(seq) - 1
           /\ \A i \in 1..Len(Tail(seq)) : Tail(seq)[i] = seq[i + 1]
PROOF OMITTED

THEOREM SubSeqProperties ==
    ASSUME NEW S, NEW s \in Seq(S), NEW m \in 1..(Len(s) + 1), NEW n \in (m - 1)..Len(s)
    PROVE  /\ SubSeq(s, m, n) \in Seq(S)
           /\ Len(SubSeq(s, m, n)) = n - m + 1
           /\ \A i \in 1..(n - m + 1) : SubSeq(s, m, n)[i] = s[m + i - 1]
PROOF OMITTED

THEOREM SequencesInductionTail ==
    ASSUME NEW S, NEW P(_),
           P(<< >>),
           \A s \in Seq(S) : s # << >> /\ P(Tail(s)) => P(s)
    PROVE  \A seq \in Seq(S) : P(seq)
PROOF OMITTED

================================================================================
