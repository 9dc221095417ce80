------------------------- MODULE LibraryDefinitions -------------------------
(***************************************************************************)
(* Each operator that TLC evaluates in Java (Lockstep's overrides) against *)
(* its own TLA+ definition. The test writes renamed copies of the library  *)
(* modules (SequencesExtDef, FunctionsDef, FiniteSetsExtDef): overrides    *)
(* apply by module name, so the copies are evaluated as pure TLA+.         *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets, SequencesExt, Functions, FiniteSetsExt, Statistics
SD == INSTANCE SequencesExtDef
FD == INSTANCE FunctionsDef
XD == INSTANCE FiniteSetsExtDef

VARIABLE x
Init == x = 0
Next == UNCHANGED x

Seqs == UNION {[1..n -> {1, 2, 3}] : n \in 0..3}
Cat(a, b) == a \o <<b>>
Push(a, b) == <<a>> \o b
AddSq(e, acc) == acc + e * e
Collect(e, acc) == acc \cup {<<e>>}

\* SetToSeq chooses; the override picks one of the sequences the definition chooses among,
\* and the same one the definition's CHOOSE picks
ASSUME \A S \in SUBSET {1, 2, 3, 4} \cup SUBSET {"a", "b", "c"} \cup {{<<1>>, <<2, 0>>, <<>>}} :
    /\ SetToSeq(S) \in SD!SetToSeqs(S)
    /\ SetToSeq(S) = SD!SetToSeq(S)
ASSUME \A s \in Seqs :
    /\ ToSet(s) = SD!ToSet(s)
    /\ FoldLeft(Cat, <<>>, s) = SD!FoldLeft(Cat, <<>>, s)
    /\ FoldLeft(-, 100, s) = SD!FoldLeft(-, 100, s)
    /\ FoldRight(Push, s, <<>>) = SD!FoldRight(Push, s, <<>>)
    /\ FoldRight(-, s, 100) = SD!FoldRight(-, s, 100)
ASSUME \A f \in [1..3 -> {1, 2, 3}] :
    /\ Range(f) = FD!Range(f)
    /\ FoldFunction(+, 0, f) = FD!FoldFunction(+, 0, f)
    /\ FoldFunction(Collect, {}, f) = FD!FoldFunction(Collect, {}, f)
ASSUME Range([a |-> 1, b |-> 1, c |-> 2]) = FD!Range([a |-> 1, b |-> 1, c |-> 2])
ASSUME Range(<<>>) = FD!Range(<<>>) /\ FoldFunction(+, 7, <<>>) = FD!FoldFunction(+, 7, <<>>)
ASSUME \A S \in SUBSET {1, 2, 3, 4} :
    /\ FoldSet(+, 0, S) = XD!FoldSet(+, 0, S)
    /\ FoldSet(AddSq, 0, S) = XD!FoldSet(AddSq, 0, S)
    /\ FoldSet(Collect, {}, S) = XD!FoldSet(Collect, {}, S)
\* sizes the pure definitions cannot reach (SetToSeq's CHOOSE ranges over 100^100 functions):
\* these hold only because TLC evaluates the overrides
ASSUME Len(SetToSeq(1..100)) = 100 /\ SetToSeq(1..100)[100] = 100
ASSUME FoldSet(+, 0, 1..2000) = 2001000 /\ FoldFunction(+, 0, [i \in 1..2000 |-> i]) = 2001000
ASSUME Range([i \in 1..5000 |-> i % 7]) = 0..6
\* Statistics has no TLA+ computation (its definition is TRUE); the override decides at the
\* documented level: a fair split passes, a lopsided one does not
ASSUME ChiSquare(<<25, 25, 25, 25>>, <<22, 27, 24, 27>>, "0.05")
ASSUME ~ ChiSquare(<<25, 25, 25, 25>>, <<40, 20, 20, 20>>, "0.05")
\* and against the chi-square table, by brute force: at alpha = 0.05 the counts are consistent iff
\* Pearson's statistic, the sum of (o - e)^2 / e, is at most the critical value for n - 1 degrees of
\* freedom (3.841, 5.991, 7.815 for 1, 2, 3); in integers, 1000 * sum (o - e)^2 <= 1000 * crit * e
\* (no statistic below falls between the rounded and the exact critical value)
Sq(n) == n * n
ASSUME \A d \in -15..15 :
    ChiSquare(<<50, 50>>, <<50 + d, 50 - d>>, "0.05") = (1000 * (Sq(d) + Sq(d)) <= 3841 * 50)
ASSUME \A a, b \in -12..12 :
    ChiSquare(<<30, 30, 30>>, <<30 + a, 30 + b, 30 - a - b>>, "0.05")
        = (1000 * (Sq(a) + Sq(b) + Sq(a + b)) <= 5991 * 30)
ASSUME \A a, b, c \in -7..7 :
    ChiSquare(<<25, 25, 25, 25>>, <<25 + a, 25 + b, 25 + c, 25 - a - b - c>>, "0.05")
        = (1000 * (Sq(a) + Sq(b) + Sq(c) + Sq(a + b + c)) <= 7815 * 25)

==============================================================================
