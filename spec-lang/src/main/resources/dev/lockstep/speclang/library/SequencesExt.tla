----------------------------- MODULE SequencesExt -----------------------------
(***************************************************************************)
(* Operators on sequences. Written for Lockstep from the CommunityModules  *)
(* documentation (same names, arities and meaning).                        *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE Folds
LOCAL INSTANCE Functions

(* The set of the elements of s: ToSet(<<1, 2, 1>>) = {1, 2}. *)
ToSet(s) == {s[i] : i \in DOMAIN s}

(* A sequence holding each element of the finite set S once, in an order *)
(* TLC fixes: ToSet(SetToSeq(S)) = S.                                     *)
SetToSeq(S) == CHOOSE f \in [1..Cardinality(S) -> S] : IsInjective(f)

(* All sequences that hold each element of S once. *)
SetToSeqs(S) == LET D == 1..Cardinality(S)
                IN  {f \in [D -> S] : \A i, j \in D : i # j => f[i] # f[j]}

(* The elements of S as a sequence sorted by op (a strict order). *)
SetToSortSeq(S, op(_, _)) ==
    CHOOSE f \in SetToSeqs(S) : \A i \in 1..(Len(f) - 1) : op(f[i], f[i + 1])

(* The sequences of length n over S. *)
TupleOf(S, n) == [1..n -> S]

(* The sequences of length at most n over S. *)
SeqOf(S, n) == UNION {[1..m -> S] : m \in 0..n}
BoundedSeq(S, n) == SeqOf(S, n)

(* Whether e is an element of s. *)
Contains(s, e) == \E i \in 1..Len(s) : s[i] = e

(* s in reverse order. *)
Reverse(s) == [i \in 1..Len(s) |-> s[(Len(s) - i) + 1]]

(* s without the occurrences of e. *)
Remove(s, e) == SelectSeq(s, LAMBDA t : t # e)

(* s with every occurrence of old replaced by new. *)
ReplaceAll(s, old, new) == [i \in 1..Len(s) |-> IF s[i] = old THEN new ELSE s[i]]

(* s with e inserted at index i (1 <= i <= Len(s) + 1). *)
InsertAt(s, i, e) == SubSeq(s, 1, i - 1) \o <<e>> \o SubSeq(s, i, Len(s))

(* s with its element at index i replaced by e. *)
ReplaceAt(s, i, e) == [s EXCEPT ![i] = e]

(* s without its element at index i. *)
RemoveAt(s, i) == SubSeq(s, 1, i - 1) \o SubSeq(s, i + 1, Len(s))

(* e followed by s. *)
Cons(e, s) == <<e>> \o s

(* s without its last element, and its last element. *)
Front(s) == SubSeq(s, 1, Len(s) - 1)
Last(s) == s[Len(s)]

(* Prefixes and suffixes. *)
IsPrefix(s, t) == Len(s) <= Len(t) /\ SubSeq(t, 1, Len(s)) = s
IsStrictPrefix(s, t) == IsPrefix(s, t) /\ s # t
IsSuffix(s, t) == IsPrefix(Reverse(s), Reverse(t))
IsStrictSuffix(s, t) == IsSuffix(s, t) /\ s # t
Prefixes(s) == {SubSeq(s, 1, l) : l \in 0..Len(s)}
Suffixes(s) == {SubSeq(s, l, Len(s)) : l \in 1..(Len(s) + 1)}

(* The sequences that are a prefix of every sequence of the set S. *)
CommonPrefixes(S) ==
    LET P == UNION {Prefixes(s) : s \in S}
    IN  {p \in P : \A t \in S : IsPrefix(p, t)}

(* The longest common prefix of the non-empty set of sequences S. *)
LongestCommonPrefix(S) ==
    CHOOSE p \in CommonPrefixes(S) : \A q \in CommonPrefixes(S) : Len(q) <= Len(p)

(* a modulo b in 1..b (sequence indices): SeqMod(4, 4) = 4. *)
SeqMod(a, b) == IF a % b = 0 THEN b ELSE a % b

(* Combines the elements of s with op in an unspecified order. *)
FoldSeq(op(_, _), base, s) == FoldFunction(op, base, s)

(* op(...op(op(base, s[1]), s[2])..., s[n]) *)
FoldLeft(op(_, _), base, s) ==
    LET f[i \in 0..Len(s)] == IF i = 0 THEN base ELSE op(f[i - 1], s[i])
    IN  f[Len(s)]

(* op(s[1], op(s[2], ... op(s[n], base)...)) *)
FoldRight(op(_, _), s, base) ==
    LET f[i \in 1..(Len(s) + 1)] == IF i = Len(s) + 1 THEN base ELSE op(s[i], f[i + 1])
    IN  f[1]

(* The concatenation of a sequence of sequences (or of strings: a string). *)
FlattenSeq(ss) == IF Len(ss) = 0 THEN ss ELSE FoldLeft(LAMBDA a, b : a \o b, Head(ss), Tail(ss))

(* The pairs of the elements at the same index of s and t, as long as the *)
(* shorter of the two.                                                    *)
Zip(s, t) ==
    LET n == IF Len(s) <= Len(t) THEN Len(s) ELSE Len(t)
    IN  [i \in 1..n |-> <<s[i], t[i]>>]

(* s[1], t[1], s[2], t[2], ... for two sequences of equal length. *)
Interleave(s, t) ==
    [i \in 1..(2 * Len(s)) |-> IF i % 2 = 1 THEN s[(i + 1) \div 2] ELSE t[i \div 2]]

(* The contiguous subsequences of s, <<>> included. *)
SubSeqs(s) == {SubSeq(s, i + 1, j) : i, j \in 0..Len(s)}

(* The first index at which s occurs in t as a contiguous subsequence;   *)
(* Len(t) + 1 when it does not occur.                                     *)
IndexFirstSubSeq(s, t) ==
    LET starts == {i \in 1..(Len(t) - Len(s) + 1) : SubSeq(t, i, i + Len(s) - 1) = s}
    IN  IF starts = {} THEN Len(t) + 1
        ELSE CHOOSE i \in starts : \A j \in starts : i <= j

(* t with the occurrence of s at index i replaced by r. *)
ReplaceSubSeqAt(i, r, s, t) ==
    SubSeq(t, 1, i - 1) \o r \o SubSeq(t, i + Len(s), Len(t))

(* t with the first occurrence of s replaced by r. *)
ReplaceFirstSubSeq(r, s, t) ==
    IF s \in SubSeqs(t) THEN ReplaceSubSeqAt(IndexFirstSubSeq(s, t), r, s, t) ELSE t

(* t with every occurrence of s replaced by r, left to right, without    *)
(* overlaps; r when s = t; r before each element of t when s is empty.   *)
RECURSIVE ReplaceAllSubSeqs(_, _, _)
ReplaceAllSubSeqs(r, s, t) ==
    IF s = t THEN r
    ELSE IF s = <<>> THEN FlattenSeq([i \in 1..Len(t) |-> r \o <<t[i]>>])
    ELSE IF s \notin SubSeqs(t) THEN t
    ELSE LET i == IndexFirstSubSeq(s, t)
         IN  SubSeq(t, 1, i - 1) \o r \o ReplaceAllSubSeqs(r, s, SubSeq(t, i + Len(s), Len(t)))

(* The first index of s at which Test holds, 0 if none. *)
SelectInSeq(s, Test(_)) ==
    LET I == {i \in 1..Len(s) : Test(s[i])}
    IN  IF I = {} THEN 0 ELSE CHOOSE i \in I : \A j \in I : i <= j

(* The first index in from..to at which Test holds, 0 if none. *)
SelectInSubSeq(s, from, to, Test(_)) ==
    LET I == {i \in from..to : Test(s[i])}
    IN  IF I = {} THEN 0 ELSE CHOOSE i \in I : \A j \in I : i <= j

(* The last index of s at which Test holds, 0 if none. *)
SelectLastInSeq(s, Test(_)) ==
    LET I == {i \in 1..Len(s) : Test(s[i])}
    IN  IF I = {} THEN 0 ELSE CHOOSE i \in I : \A j \in I : i >= j

(* The last index in from..to at which Test holds, 0 if none. *)
SelectLastInSubSeq(s, from, to, Test(_)) ==
    LET I == {i \in from..to : Test(s[i])}
    IN  IF I = {} THEN 0 ELSE CHOOSE i \in I : \A j \in I : i >= j

(* The sequences listing all elements of S once each, of every length     *)
(* from 0 to Cardinality(S) (the k-permutations of S for every k).        *)
SetToAllKPermutations(S) == UNION {SetToSeqs(T) : T \in SUBSET S}

(* s with its first element equal to e removed (s when there is none). *)
RemoveFirst(s, e) == LET i == SelectInSeq(s, LAMBDA v : v = e) IN IF i = 0 THEN s ELSE RemoveAt(s, i)

(* s with its first element satisfying Test removed (s when there is none). *)
RemoveFirstMatch(s, Test(_)) == LET i == SelectInSeq(s, Test) IN IF i = 0 THEN s ELSE RemoveAt(s, i)

(* Append with its arguments swapped, to fold with: e appended to s. *)
Snoc(e, s) == Append(s, e)

(* FoldLeft and FoldRight over the indices of s instead of its elements. *)
FoldLeftDomain(op(_, _), base, s) == FoldLeft(op, base, [i \in DOMAIN s |-> i])
FoldRightDomain(op(_, _), s, base) == FoldRight(op, [i \in DOMAIN s |-> i], base)

(* Every subsequence of s, contiguous or not: the elements of s at any set *)
(* of its indices, in the order of s.                                      *)
LOCAL AtIndices(s, D) ==
    [i \in 1..Cardinality(D) |-> s[CHOOSE k \in D : Cardinality({j \in D : j <= k}) = i]]
AllSubSeqs(s) == {AtIndices(s, D) : D \in SUBSET DOMAIN s}

==============================================================================
