--------------------------- MODULE LibraryExamples ---------------------------
(***************************************************************************)
(* The documented examples of Lockstep's library modules, and each pure    *)
(* operator against a naive second definition (below, Naive...) on every  *)
(* small input. Checked by TLC with the library on its path: every ASSUME  *)
(* must hold. Overridden operators are compared with their own TLA+        *)
(* definitions in LibraryDefinitions.tla.                                  *)
(***************************************************************************)
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC, Bags,
        SequencesExt, FiniteSetsExt, Functions, Folds, BagsExt, Bitwise, Combinatorics,
        DyadicRationals, VectorClocks, Relation, TLCExt, SVG, Statistics

G == INSTANCE Graphs
U == INSTANCE UndirectedGraphs

VARIABLE x
Init == x = 0
Next == UNCHANGED x

Small == {1, 2, 3}
Seqs == UNION {[1..n -> {1, 2}] : n \in 0..3}

\* ---------------------------------------------------------------- SequencesExt
ASSUME ToSet(<<1, 2, 1>>) = {1, 2}
ASSUME \A S \in SUBSET Small : LET s == SetToSeq(S) IN Len(s) = Cardinality(S) /\ ToSet(s) = S
ASSUME SetToSeqs({1, 2}) = {<<1, 2>>, <<2, 1>>}
ASSUME SetToSortSeq({3, 1, 2}, <) = <<1, 2, 3>>
ASSUME TupleOf({0, 1}, 2) = {<<0, 0>>, <<0, 1>>, <<1, 0>>, <<1, 1>>}
ASSUME SeqOf({0}, 2) = {<<>>, <<0>>, <<0, 0>>}
ASSUME BoundedSeq({0}, 1) = {<<>>, <<0>>}
ASSUME Contains(<<1, 2>>, 2) /\ ~ Contains(<<1, 2>>, 3) /\ ~ Contains(<<>>, 1)
ASSUME Reverse(<<1, 2, 3>>) = <<3, 2, 1>> /\ Reverse(<<>>) = <<>>
ASSUME Remove(<<1, 2, 1, 3>>, 1) = <<2, 3>>
ASSUME ReplaceAll(<<1, 2, 1>>, 1, 4) = <<4, 2, 4>>
ASSUME InsertAt(<<1, 3>>, 2, 2) = <<1, 2, 3>> /\ InsertAt(<<1>>, 2, 2) = <<1, 2>>
ASSUME ReplaceAt(<<1, 2>>, 1, 5) = <<5, 2>>
ASSUME RemoveAt(<<1, 2, 3>>, 2) = <<1, 3>>
ASSUME Cons(0, <<1>>) = <<0, 1>>
ASSUME Front(<<1, 2, 3>>) = <<1, 2>> /\ Last(<<1, 2, 3>>) = 3
ASSUME IsPrefix(<<1>>, <<1, 2>>) /\ IsPrefix(<<>>, <<1>>) /\ ~ IsPrefix(<<2>>, <<1, 2>>)
ASSUME IsStrictPrefix(<<1>>, <<1, 2>>) /\ ~ IsStrictPrefix(<<1, 2>>, <<1, 2>>)
ASSUME IsSuffix(<<2>>, <<1, 2>>) /\ ~ IsSuffix(<<1>>, <<1, 2>>)
ASSUME IsStrictSuffix(<<2>>, <<1, 2>>) /\ ~ IsStrictSuffix(<<1, 2>>, <<1, 2>>)
ASSUME Prefixes(<<1, 2>>) = {<<>>, <<1>>, <<1, 2>>}
ASSUME Suffixes(<<1, 2>>) = {<<>>, <<2>>, <<1, 2>>}
ASSUME CommonPrefixes({<<1, 2>>, <<1, 3>>}) = {<<>>, <<1>>}
ASSUME LongestCommonPrefix({<<1, 2, 3>>, <<1, 2, 4>>, <<1, 2>>}) = <<1, 2>>
ASSUME SeqMod(4, 4) = 4 /\ SeqMod(5, 4) = 1
ASSUME FoldSeq(+, 0, <<1, 2, 3>>) = 6
ASSUME FoldLeft(-, 10, <<1, 2>>) = 7
ASSUME FoldRight(-, <<1, 2>>, 10) = 9
ASSUME FlattenSeq(<<<<1>>, <<>>, <<2, 3>>>>) = <<1, 2, 3>>
ASSUME FlattenSeq(<< <<1, 2>>, <<1>> >>) = <<1, 2, 1>> /\ FlattenSeq(<<"a", "b">>) = "ab" /\ FlattenSeq(<<>>) = <<>>
ASSUME Zip(<<1, 2>>, <<"a", "b">>) = <<<<1, "a">>, <<2, "b">>>>
ASSUME Zip(<<>>, <<>>) = <<>> /\ Zip(<<>>, <<1, 2, 3>>) = <<>> /\ Zip(<<"a", "b", "c">>, <<1>>) = << <<"a", 1>> >>
ASSUME SetToAllKPermutations({}) = {<<>>} /\ SetToAllKPermutations({"a"}) = {<<>>, <<"a">>}
ASSUME SetToAllKPermutations({"a", "b"}) = {<<>>, <<"a">>, <<"b">>, <<"a", "b">>, <<"b", "a">>}
ASSUME RemoveFirst(<<1, 2, 1>>, 1) = <<2, 1>> /\ RemoveFirst(<<2>>, 1) = <<2>> /\ RemoveFirst(<<>>, 1) = <<>>
ASSUME RemoveFirstMatch(<<1, 2, 3>>, LAMBDA e : e > 1) = <<1, 3>> /\ RemoveFirstMatch(<<1>>, LAMBDA e : e > 1) = <<1>>
ASSUME Snoc(3, <<1, 2>>) = <<1, 2, 3>> /\ Snoc(1, <<>>) = <<1>>
ASSUME FoldLeftDomain(LAMBDA a, i : a \o <<i>>, <<>>, <<"x", "y">>) = <<1, 2>>
ASSUME FoldRightDomain(LAMBDA i, a : a \o <<i>>, <<"x", "y">>, <<>>) = <<2, 1>>
ASSUME AllSubSeqs(<<1, 2, 3, 4>>) =
    {<<>>, <<1>>, <<2>>, <<3>>, <<4>>, <<1, 2>>, <<1, 3>>, <<1, 4>>, <<2, 3>>, <<2, 4>>, <<3, 4>>,
     <<1, 2, 3>>, <<1, 2, 4>>, <<1, 3, 4>>, <<2, 3, 4>>, <<1, 2, 3, 4>>}
ASSUME Interleave(<<1, 2>>, <<"a", "b">>) = <<1, "a", 2, "b">>
ASSUME SubSeqs(<<1, 2>>) = {<<>>, <<1>>, <<2>>, <<1, 2>>}
ASSUME IndexFirstSubSeq(<<2, 3>>, <<1, 2, 3, 2, 3>>) = 2
ASSUME ReplaceSubSeqAt(2, <<9>>, <<2, 3>>, <<1, 2, 3, 4>>) = <<1, 9, 4>>
ASSUME ReplaceFirstSubSeq(<<9>>, <<2>>, <<1, 2, 2>>) = <<1, 9, 2>>
ASSUME ReplaceFirstSubSeq(<<9>>, <<5>>, <<1, 2>>) = <<1, 2>>
ASSUME ReplaceAllSubSeqs(<<9>>, <<2>>, <<1, 2, 2>>) = <<1, 9, 9>>
ASSUME ReplaceAllSubSeqs(<<0>>, <<1, 1>>, <<1, 1, 1>>) = <<0, 1>>
ASSUME ReplaceAllSubSeqs(<<>>, <<>>, <<>>) = <<>> /\ ReplaceAllSubSeqs(<<4>>, <<>>, <<>>) = <<4>>
ASSUME ReplaceAllSubSeqs(<<2>>, <<3>>, <<1, 3>>) = <<1, 2>> /\ ReplaceAllSubSeqs(<<2, 2>>, <<1, 1>>, <<1, 1, 1>>) = <<2, 2, 1>>
ASSUME ReplaceAllSubSeqs(<<9>>, <<>>, <<1, 2>>) = <<9, 1, 9, 2>>
ASSUME SetToSeqs({}) = {<<>>} /\ SetToSeqs({"t", "l"}) = {<<"t", "l">>, <<"l", "t">>}
ASSUME LET cons(a, b) == <<a, b>>
       IN  /\ FoldLeft(cons, 0, <<3, 1, 2>>) = << << <<0, 3>>, 1>>, 2>>
           /\ FoldRight(cons, <<3, 1, 2>>, 0) = <<3, <<1, <<2, 0>> >> >>
ASSUME FoldSeq(LAMBDA a, b : {a} \cup b, {}, <<1, 2, 1>>) = Range(<<1, 2, 1>>)
ASSUME IndexFirstSubSeq(<<1>>, <<1, 1, 1>>) = 1
ASSUME SelectInSeq(<<1, 2, 3, 2>>, LAMBDA e : e = 2) = 2 /\ SelectInSeq(<<1>>, LAMBDA e : e = 2) = 0
ASSUME SelectInSubSeq(<<2, 1, 2>>, 2, 3, LAMBDA e : e = 2) = 3
ASSUME SelectLastInSeq(<<1, 2, 3, 2>>, LAMBDA e : e = 2) = 4
ASSUME SelectLastInSubSeq(<<2, 1, 2>>, 1, 2, LAMBDA e : e = 2) = 1

\* naive second definitions, compared on every sequence over {1, 2} up to length 3
NaiveReverse(s) == LET f[i \in 0..Len(s)] == IF i = 0 THEN <<>> ELSE Append(f[i - 1], s[Len(s) + 1 - i]) IN f[Len(s)]
NaivePrefix(s, t) == \E u \in Seqs : s \o u = t
NaiveSuffix(s, t) == \E u \in Seqs : u \o s = t
NaiveSubSeqs(s) == {t \in Seqs : \E u, v \in Seqs : u \o t \o v = s}
ASSUME \A s \in Seqs :
    /\ Reverse(s) = NaiveReverse(s)
    /\ ToSet(s) = {e \in {1, 2} : \E i \in 1..Len(s) : s[i] = e}
    /\ \A e \in {1, 2} : Contains(s, e) <=> e \in ToSet(s)
    /\ Len(Remove(s, 1)) = Len(s) - Cardinality({i \in 1..Len(s) : s[i] = 1})
    /\ SubSeqs(s) = NaiveSubSeqs(s)
    /\ Prefixes(s) = {t \in Seqs : NaivePrefix(t, s)}
    /\ Suffixes(s) = {t \in Seqs : NaiveSuffix(t, s)}
    /\ \A t \in Seqs : /\ IsPrefix(s, t) = NaivePrefix(s, t)
                       /\ IsSuffix(s, t) = NaiveSuffix(s, t)
                       /\ FlattenSeq(<<s, t>>) = s \o t
    /\ FoldLeft(LAMBDA a, b : a \o <<b>>, <<>>, s) = s
    /\ FoldRight(LAMBDA a, b : <<a>> \o b, s, <<>>) = s
    /\ \A i \in 1..(Len(s) + 1) : /\ InsertAt(s, i, 0)[i] = 0
                                  /\ RemoveAt(InsertAt(s, i, 0), i) = s
    /\ \A e \in {1, 2} :
           RemoveFirst(s, e) = IF \A i \in DOMAIN s : s[i] # e THEN s
                               ELSE LET k == CHOOSE k \in DOMAIN s : s[k] = e /\ \A j \in 1..(k - 1) : s[j] # e
                                    IN  [i \in 1..(Len(s) - 1) |-> IF i < k THEN s[i] ELSE s[i + 1]]
    /\ AllSubSeqs(s) = {t \in Seqs : \E f \in [DOMAIN t -> DOMAIN s] :
                                        /\ \A i \in DOMAIN t : t[i] = s[f[i]]
                                        /\ \A i \in 1..(Len(t) - 1) : f[i] < f[i + 1]}
    /\ \A t \in Seqs : Zip(s, t) = [i \in {j \in DOMAIN s : j \in DOMAIN t} |-> <<s[i], t[i]>>]
ASSUME \A S \in SUBSET Small :
    SetToAllKPermutations(S) = {s \in SeqOf(S, Cardinality(S)) : \A i, j \in DOMAIN s : i # j => s[i] # s[j]}

\* ---------------------------------------------------------------- FiniteSetsExt
ASSUME FoldSet(+, 0, {1, 2, 3}) = 6 /\ FoldSet(+, 0, {}) = 0
ASSUME ReduceSet(+, {1, 2}, 10) = 13
ASSUME MapThenSumSet(LAMBDA e : 2 * e, {1, 2}) = 6
ASSUME Quantify({1, 2, 3, 4}, LAMBDA e : e % 2 = 0) = 2
ASSUME Ksubsets({1, 2, 3}, 2) = {{1, 2}, {1, 3}, {2, 3}} /\ kSubset(2, {1, 2, 3}) = Ksubsets({1, 2, 3}, 2)
ASSUME SymDiff({1, 2}, {2, 3}) = {1, 3}
ASSUME Flatten({{1}, {2, 3}}) = {1, 2, 3}
ASSUME Max({1, 5, 3}) = 5 /\ Min({4, 2, 7}) = 2
ASSUME Sum({1, 2, 3}) = 6 /\ Product({2, 3, 4}) = 24 /\ Sum({}) = 0 /\ Product({}) = 1
ASSUME Choices({{1, 2}, {3}}) = {{1, 3}, {2, 3}}
ASSUME Choices({{1, 2}, {2, 3}, {5}}) = {{2, 5}, {1, 2, 5}, {1, 3, 5}, {2, 3, 5}} /\ Choices({}) = {{}}
ASSUME FlattenSet({{1}, {2, 3}}) = {1, 2, 3} /\ SumSet(1..4) = 10 /\ ProductSet(1..4) = 24
ASSUME ChooseUnique({1, 2, 3}, LAMBDA e : e > 2) = 3
ASSUME FoldSet(+, 0, 0..10) = 55 /\ Sum(0..10) = 55 /\ Product(1..3) = 6 /\ FlattenSet({{1}, {2}}) = {1, 2}
ASSUME Quantify(1..9, LAMBDA n : n % 2 = 0) = 4 /\ kSubset(2, 1..3) = {{1, 2}, {2, 3}, {3, 1}}
ASSUME ChooseUnique({2, 3, 4, 5}, LAMBDA n : n % 3 = 1) = 4
ASSUME \A S \in SUBSET {1, 2, 3, 4} :
    /\ Sum(S) = MapThenFoldSet(+, 0, LAMBDA e : e, LAMBDA T : CHOOSE t \in T : TRUE, S)
    /\ S # {} => (Max(S) \in S /\ \A e \in S : e <= Max(S) /\ e >= Min(S))
    /\ \A k \in 0..4 : Cardinality(Ksubsets(S, k)) = choose(Cardinality(S), k)
    /\ Choices({S, {7}}) = {{e, 7} : e \in S}
    /\ \A T \in SUBSET {1, 2, 3, 4} : SymDiff(S, T) = (S \cup T) \ (S \cap T)

\* ---------------------------------------------------------------- Functions
ASSUME Restrict([i \in 1..3 |-> i * i], {1, 2}) = <<1, 4>>
ASSUME RestrictDomain([i \in 1..3 |-> i * i], LAMBDA i : i > 1) = [i \in {2, 3} |-> i * i]
ASSUME RestrictValues([i \in 1..3 |-> i * i], LAMBDA v : v < 5) = <<1, 4>>
ASSUME IsRestriction(<<1>>, <<1, 2>>) /\ ~ IsRestriction(<<2>>, <<1, 2>>)
ASSUME Range(<<1, 2, 1>>) = {1, 2} /\ Range(<<>>) = {}
ASSUME Inverse(<<"a", "b">>, {1, 2}, {"a", "b"}) = [v \in {"a", "b"} |-> IF v = "a" THEN 1 ELSE 2]
ASSUME AntiFunction(<<"a", "b">>) = [v \in {"a", "b"} |-> IF v = "a" THEN 1 ELSE 2]
ASSUME IsInjective(<<1, 2>>) /\ ~ IsInjective(<<1, 1>>)
ASSUME IsSurjective(<<1, 2>>, 1..2, {1, 2}) /\ ~ IsSurjective(<<1, 1>>, 1..2, {1, 2})
ASSUME IsBijection(<<2, 1>>, 1..2, {1, 2})
ASSUME Cardinality(Injection(1..2, 1..3)) = 6 /\ Cardinality(Surjection(1..3, 1..2)) = 6
ASSUME Cardinality(Bijection(1..3, 1..3)) = 6
ASSUME ExistsInjection(1..2, 1..3) /\ ~ ExistsInjection(1..3, 1..2)
ASSUME ExistsSurjection(1..3, 1..2) /\ ~ ExistsSurjection(1..2, 1..3)
ASSUME ExistsBijection(1..2, {"a", "b"}) /\ ~ ExistsBijection(1..2, 1..3)
ASSUME FoldFunction(+, 0, <<1, 2, 3>>) = 6
ASSUME FoldFunctionOnSet(+, 0, <<1, 2, 3>>, {1, 3}) = 4
\* the upstream documentation's own examples
ASSUME LET f == (0 :> "a" @@ 1 :> "b" @@ 2 :> "c") IN RestrictDomain(f, LAMBDA v : v \in {0, 2}) = (0 :> "a" @@ 2 :> "c")
ASSUME LET f == ("a" :> 0 @@ "b" :> 1 @@ "c" :> 2) IN RestrictValues(f, LAMBDA y : y \in {0, 2}) = ("a" :> 0 @@ "c" :> 2)
ASSUME RestrictValues(<<0, 1, 2>>, LAMBDA y : y \in {0, 2}) = (1 :> 0 @@ 3 :> 2)
ASSUME /\ IsRestriction([one |-> 1], [one |-> 1, two |-> 2]) /\ IsRestriction([one |-> 1], [one |-> 1])
       /\ ~ IsRestriction([one |-> 1, two |-> 2], [one |-> 1, two |-> 3])
       /\ ~ IsRestriction([one |-> 1], [two |-> 2]) /\ ~ IsRestriction([one |-> 1, two |-> 2], [two |-> 2])
ASSUME LET f == ("a" :> 0 @@ "b" :> 1 @@ "c" :> 2)
           g == ("a" :> 1 @@ "b" :> 1 @@ "c" :> 3)
       IN  Pointwise(f, g, +) = ("a" :> 1 @@ "b" :> 2 @@ "c" :> 5)
ASSUME LET f == ("a" :> 0 @@ "b" :> 1 @@ "c" :> 2) IN Inverse(f, DOMAIN f, Range(f)) = (0 :> "a" @@ 1 :> "b" @@ 2 :> "c")
ASSUME FoldFunctionOnSet(LAMBDA a, b : {a} \cup b, {}, <<1, 2>>, {}) = {}
ASSUME FoldFunction(LAMBDA a, b : {a} \cup b, {}, <<1, 2, 1>>) = {1, 2}
ASSUME \A f, g \in [1..2 -> 0..2] : Pointwise(f, g, +) = <<f[1] + g[1], f[2] + g[2]>>
ASSUME \A f \in [1..3 -> {1, 2}] :
    /\ Range(f) = {v \in {1, 2} : \E i \in 1..3 : f[i] = v}
    /\ IsInjective(f) = (Cardinality(Range(f)) = 3)
    /\ FoldFunction(+, 0, f) = f[1] + f[2] + f[3]
    /\ IsSurjective(f, 1..3, {1, 2}) = (Range(f) = {1, 2})

\* ---------------------------------------------------------------- Folds
ASSUME MapThenFoldSet(+, 0, LAMBDA e : e * e, LAMBDA T : CHOOSE t \in T : TRUE, {1, 2, 3}) = 14
ASSUME MapThenFoldSet(LAMBDA e, acc : <<e>> \o acc, <<>>, LAMBDA e : e,
                      LAMBDA T : CHOOSE t \in T : \A u \in T : t <= u, {3, 1, 2}) = <<1, 2, 3>>

\* ---------------------------------------------------------------- BagsExt
ASSUME BagAdd(SetToBag({1}), 1) = (1 :> 2) /\ BagAdd(EmptyBag, 3) = (3 :> 1)
ASSUME BagRemove((1 :> 2), 1) = (1 :> 1) /\ BagRemove((1 :> 1), 1) = EmptyBag /\ BagRemove(EmptyBag, 1) = EmptyBag
ASSUME BagRemoveAll((1 :> 2 @@ 2 :> 1), 1) = (2 :> 1)
ASSUME SumBag((1 :> 2 @@ 3 :> 1)) = 5 /\ ProductBag((2 :> 3)) = 8
ASSUME FoldBag(+, 0, SetToBag({1, 2})) = 3
ASSUME \A D \in SUBSET {1, 2} : \A bag \in [D -> 1..2] :
        \A e \in {1, 2} : /\ CopiesIn(e, BagAdd(bag, e)) = CopiesIn(e, bag) + 1
                          /\ BagRemove(BagAdd(bag, e), e) = bag
                          /\ SumBag(BagAdd(bag, e)) = SumBag(bag) + e

\* ---------------------------------------------------------------- Bitwise
ASSUME (12 & 10) = 8 /\ (12 | 10) = 14 /\ (12 ^^ 10) = 6
ASSUME Not(5) = 2 /\ Not(0) = 1 /\ shiftR(8, 2) = 2
NaiveBit(n, i) == (n \div 2 ^ i) % 2
ASSUME \A a, b \in 0..15 :
    /\ \A i \in 0..3 : /\ NaiveBit(a & b, i) = NaiveBit(a, i) * NaiveBit(b, i)
                       /\ NaiveBit(a | b, i) = IF NaiveBit(a, i) + NaiveBit(b, i) > 0 THEN 1 ELSE 0
                       /\ NaiveBit(a ^^ b, i) = (NaiveBit(a, i) + NaiveBit(b, i)) % 2
    /\ (a & b) + (a | b) = a + b
    /\ (a ^^ b) = (a | b) - (a & b)

\* ---------------------------------------------------------------- Combinatorics
ASSUME factorial(0) = 1 /\ factorial(4) = 24 /\ choose(4, 2) = 6 /\ choose(2, 3) = 0
ASSUME \A n \in 0..6 : \A k \in 0..n : choose(n, k) = Cardinality(Ksubsets(1..n, k))

\* ---------------------------------------------------------------- DyadicRationals
ASSUME Half(One) = [num |-> 1, den |-> 2]
ASSUME Add(Half(One), Half(One)) = One
ASSUME Add(Half(Half(One)), Half(One)) = [num |-> 3, den |-> 4]
ASSUME Add(Zero, Half(One)) = Half(One)
ASSUME IsDyadicRational(Half(Half(One))) /\ ~ IsDyadicRational([num |-> 1, den |-> 3])
ASSUME PrettyPrint(Half(One)) = "1/2" /\ PrettyPrint(One) = "1"

\* ---------------------------------------------------------------- VectorClocks
Log == <<[n |-> "b", vc |-> ("a" :> 1 @@ "b" :> 1)], [n |-> "a", vc |-> ("a" :> 1 @@ "b" :> 0)]>>
ASSUME ~ IsCausalOrder(Log, LAMBDA e : e.vc)
ASSUME IsCausalOrder(Reverse(Log), LAMBDA e : e.vc)
ASSUME CausalOrder(Log, LAMBDA e : e.vc, LAMBDA e : e.n, LAMBDA e : DOMAIN e.vc) = Reverse(Log)
ASSUME IsCausalOrder(CausalOrder(Log, LAMBDA e : e.vc, LAMBDA e : e.n, LAMBDA e : DOMAIN e.vc), LAMBDA e : e.vc)

\* ---------------------------------------------------------------- Relation
Lt == [p \in Small \X Small |-> p[1] < p[2]]
Le == [p \in Small \X Small |-> p[1] <= p[2]]
Succ == [p \in Small \X Small |-> p[2] = p[1] + 1]
ASSUME IsStrictlyTotallyOrdered(Lt, Small) /\ IsTotallyOrdered(Le, Small)
ASSUME IsIrreflexive(Lt, Small) /\ IsReflexive(Le, Small) /\ ~ IsSymmetric(Lt, Small)
ASSUME IsAsymmetric(Lt, Small) /\ IsAntiSymmetric(Le, Small) /\ IsTransitive(Lt, Small)
ASSUME IsPartiallyOrdered(Le, Small) /\ IsStrictlyPartiallyOrdered(Lt, Small)
ASSUME ~ IsTransitive(Succ, Small) /\ TransitiveClosure(Succ, Small) = Lt
ASSUME ReflexiveTransitiveClosure(Succ, Small) = Le
ASSUME IsConnected([p \in Small \X Small |-> p[2] = p[1] + 1 \/ p[1] = p[2] + 1], Small) /\ ~ IsConnected(Lt, Small)
\* the closure against a naive one: x reaches y through at most |S| steps
NaiveClosure(R, S) == [p \in S \X S |-> \E n \in 1..Cardinality(S) : \E q \in [0..n -> S] :
                           q[0] = p[1] /\ q[n] = p[2] /\ \A i \in 0..(n - 1) : R[q[i], q[i + 1]]]
ASSUME \A E \in SUBSET ({1, 2, 3} \X {1, 2, 3}) :
    LET R == [p \in Small \X Small |-> p \in E]
    IN  /\ TransitiveClosure(R, Small) = NaiveClosure(R, Small)
        /\ IsTransitive(TransitiveClosure(R, Small), Small)

\* ---------------------------------------------------------------- Graphs
Gr == [node |-> {1, 2, 3}, edge |-> {<<1, 2>>, <<2, 3>>}]
ASSUME G!IsDirectedGraph(Gr) /\ ~ G!IsDirectedGraph([node |-> {1}, edge |-> {<<1, 2>>}])
ASSUME G!Transpose(Gr) = [node |-> {1, 2, 3}, edge |-> {<<2, 1>>, <<3, 2>>}]
ASSUME G!Successors(Gr, 1) = {2} /\ G!Predecessors(Gr, 1) = {} /\ G!InDegree(Gr, 3) = 1 /\ G!OutDegree(Gr, 3) = 0
ASSUME G!Roots(Gr) = {1} /\ G!Leaves(Gr) = {3}
ASSUME G!AreConnectedIn(1, 3, Gr) /\ ~ G!AreConnectedIn(3, 1, Gr)
ASSUME ~ G!IsStronglyConnected(Gr) /\ G!IsStronglyConnected([node |-> {1, 2}, edge |-> {<<1, 2>>, <<2, 1>>}])
ASSUME <<1, 2, 3>> \in G!SimplePath(Gr) /\ <<1, 2, 3>> \in G!Path(Gr) /\ <<1, 3>> \notin G!Path(Gr)
ASSUME G!IsTreeWithRoot([node |-> {1, 2, 3}, edge |-> {<<2, 1>>, <<3, 1>>}], 1)
ASSUME ~ G!IsTreeWithRoot(Gr, 1)
ASSUME Cardinality(G!DirectedSubgraph([node |-> {1, 2}, edge |-> {<<1, 2>>}])) = 5
ASSUME G!IsUndirectedGraph([node |-> {1, 2}, edge |-> {<<1, 2>>, <<2, 1>>}]) /\ ~ G!IsUndirectedGraph(Gr)
ASSUME G!UndirectedSubgraph([node |-> {1, 2}, edge |-> {<<1, 2>>, <<2, 1>>}]) =
    {[node |-> N, edge |-> {}] : N \in SUBSET {1, 2}} \cup {[node |-> {1, 2}, edge |-> {<<1, 2>>, <<2, 1>>}]}
ASSUME \A E \in SUBSET (Small \X Small) :
    G!IsUndirectedGraph([node |-> Small, edge |-> E]) = (E = {<<e[2], e[1]>> : e \in E})
ASSUME \A E \in SUBSET ({1, 2, 3} \X {1, 2, 3}) :
    LET H == [node |-> Small, edge |-> E]
    IN  \A m, n \in Small : G!AreConnectedIn(m, n, H) = (m = n \/ NaiveClosure([p \in Small \X Small |-> p \in E], Small)[m, n])

\* ConnectionsIn against Warshall's construction: paths through the nodes of N only, N growing
Warshall(H) ==
    LET RECURSIVE Through(_)
        Through(N) ==
            IF N = {} THEN [p \in H.node \X H.node |-> p[1] = p[2] \/ p \in H.edge]
            ELSE LET u == CHOOSE u \in N : TRUE
                     C == Through(N \ {u})
                 IN  [p \in H.node \X H.node |-> C[p] \/ (C[p[1], u] /\ C[u, p[2]])]
    IN  Through(H.node)
ASSUME G!ConnectionsIn(Gr)[1, 3] /\ ~ G!ConnectionsIn(Gr)[3, 1] /\ G!ConnectionsIn(Gr)[2, 2]
ASSUME \A E \in SUBSET (Small \X Small) :
    G!ConnectionsIn([node |-> Small, edge |-> E]) = Warshall([node |-> Small, edge |-> E])

\* ---------------------------------------------------------------- UndirectedGraphs
Ug == [node |-> {1, 2, 3, 4}, edge |-> {{1, 2}, {3, 4}}]
ASSUME U!IsUndirectedGraph(Ug) /\ ~ U!IsUndirectedGraph([node |-> {1}, edge |-> {{1}}])
ASSUME U!ConnectedComponents(Ug) = {{1, 2}, {3, 4}}
ASSUME U!AreConnectedIn(2, 1, Ug) /\ ~ U!AreConnectedIn(1, 3, Ug)
ASSUME ~ U!IsStronglyConnected(Ug) /\ U!IsStronglyConnected([node |-> {1, 2}, edge |-> {{1, 2}}])
ASSUME <<2, 1>> \in U!SimplePath(Ug)
ASSUME Cardinality(U!UndirectedSubgraph([node |-> {1, 2}, edge |-> {{1, 2}}])) = 5

\* ---------------------------------------------------------------- TLCExt
ASSUME AssertEq(<<1, 2>>, <<1, 2>>)
ASSUME TLCNoOp(3) = 3 /\ TLCCache(1 + 1, {}) = 2
ASSUME TLCModelValue("m1") = TLCModelValue("m1") /\ TLCModelValue("m1") # TLCModelValue("m2")
ASSUME AssertError("The first argument of Assert evaluated to FALSE; the second argument was:\n\"boom\"",
                   Assert(FALSE, "boom"))
ASSUME ~ AssertError("boom", 1 + 1)
ASSUME TLCGetOrDefault(99, "none") = "none"
ASSUME TLCFP({1, 2}) = TLCFP({2, 1}) /\ TLCFP(<<1, 2>>) = TLCFP([i \in 1..2 |-> i])
ASSUME TLCFP([a |-> 1]) = TLCFP([a |-> 1]) /\ TLCFP(1) # TLCFP(2) /\ TLCFP("a") # TLCFP("b")
ASSUME CounterExample = [state |-> {}, action |-> {}] /\ ToTrace(CounterExample) = <<>>
ASSUME ToTrace([state |-> {<<2, [v |-> "b"]>>, <<1, [v |-> "a"]>>}, action |-> {}]) = <<[v |-> "a"], [v |-> "b"]>>
LibraryAnswer == 6 * 7
ASSUME TLCEvalDefinition("LibraryAnswer") = 42
ASSUME PickSuccessor(TRUE)
\* documented: TRUE in a constant- or state-level formula, whatever its argument
ASSUME PickSuccessor(FALSE)
\* the documented example of a set of (typed) model values
SetOfModelValues == {TLCModelValue("T_MV" \o ToString(i)) : i \in 1..32}
ASSUME Cardinality(SetOfModelValues) = 32 /\ TLCModelValue("T_MV1") \in SetOfModelValues

\* ---------------------------------------------------------------- SVG
ASSUME Rect(1, 2, 3, 4, [fill |-> "red"]).attrs = [x |-> "1", y |-> "2", width |-> "3", height |-> "4", fill |-> "red"]
ASSUME Circle(5, 6, 7, <<>>) = [name |-> "circle", attrs |-> [cx |-> "5", cy |-> "6", r |-> "7"], children |-> <<>>, innerText |-> ""]
ASSUME SVGElemToString(Group(<<SVGElem("text", [x |-> "0"], <<>>, "hi")>>, <<>>)) = "<g><text x=\"0\">hi</text></g>"
ASSUME Text(0, 1, "hi", [x |-> "9", fill |-> "red"]).attrs = [x |-> "0", y |-> "1", fill |-> "red"]
ASSUME Svg(<<>>, [width |-> "10"]).name = "svg" /\ Line(0, 0, 1, 1, <<>>).attrs.x2 = "1"

\* ---------------------------------------------------------------- TLAPS, WellFoundedInduction
P == INSTANCE TLAPS
W == INSTANCE WellFoundedInduction
ASSUME /\ P!SMT /\ P!SMTT(1) /\ P!CVC3 /\ P!CVC3T(1) /\ P!Yices /\ P!YicesT(1) /\ P!veriT /\ P!veriTT(1)
       /\ P!Z3 /\ P!Z3T(1) /\ P!Spass /\ P!SpassT(1) /\ P!Zenon /\ P!ZenonT(1) /\ P!Isa /\ P!IsaT(1)
       /\ P!IsaM("auto") /\ P!IsaMT("auto", 1) /\ P!Auto /\ P!Force /\ P!Blast /\ P!SimpleArithmetic
       /\ P!AllProvers /\ P!AllProversT(1) /\ P!AllSMT /\ P!AllSMTT(1) /\ P!AllIsa /\ P!AllIsaT(1)
       /\ P!PTL /\ P!LS4 /\ P!ExpandENABLED /\ P!ExpandCdot /\ P!AutoUSE /\ P!Lambdify
       /\ P!ENABLEDaxioms /\ P!ENABLEDrules /\ P!ENABLEDrewrites /\ P!LevelComparison
ASSUME W!OpToRel(<, 1..3) = {<<1, 2>>, <<1, 3>>, <<2, 3>>}
ASSUME \A n \in 0..3 : \A k \in 1..n : W!SetLessThan(k, W!OpToRel(<, 1..n), 1..n) = 1..(k - 1)
RECURSIVE Fact(_)
Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)
FactDef(g, n) == IF n = 0 THEN 1 ELSE n * g[n - 1]
ASSUME W!OpDefinedByWFOn(Fact, W!OpToRel(<, 0..4), 0..4, FactDef)
ASSUME ~ W!OpDefinedByWFOn(LAMBDA n : n, W!OpToRel(<, 0..4), 0..4, FactDef)
ASSUME W!FcnDefinedByWFOn([n \in 0..4 |-> Fact(n)], W!OpToRel(<, 0..4), 0..4, FactDef)
ASSUME ~ W!FcnDefinedByWFOn([n \in 0..4 |-> n], W!OpToRel(<, 0..4), 0..4, FactDef)

\* ---------------------------------------------------------------- Statistics
ASSUME ChiSquare(<<50, 50>>, <<48, 52>>, "0.05")
ASSUME ~ ChiSquare(<<50, 50>>, <<90, 10>>, "0.05")

==============================================================================
