---------------------------- MODULE FiniteSetsExt ----------------------------
(***************************************************************************)
(* Operators on finite sets. Written for Lockstep from the                 *)
(* CommunityModules documentation (same names, arities and meaning).       *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE Folds

(* Combines the elements of the finite set S with op, starting from base; *)
(* op should be commutative and associative: FoldSet(+, 0, {1, 2}) = 3.   *)
FoldSet(op(_, _), base, S) ==
    MapThenFoldSet(op, base, LAMBDA x : x, LAMBDA T : CHOOSE x \in T : TRUE, S)

(* The older name, with the arguments in another order. *)
ReduceSet(op(_, _), S, acc) == FoldSet(op, acc, S)

(* Applies f to every element of S and sums: MapThenSumSet(LAMBDA x : 2 * x, {1, 2}) = 6. *)
MapThenSumSet(f(_), S) ==
    MapThenFoldSet(LAMBDA a, b : a + b, 0, f, LAMBDA T : CHOOSE x \in T : TRUE, S)

(* The number of elements of S that satisfy P. *)
Quantify(S, P(_)) == Cardinality({s \in S : P(s)})

(* The subsets of S with k elements. *)
Ksubsets(S, k) == {T \in SUBSET S : Cardinality(T) = k}
kSubset(k, S) == Ksubsets(S, k)

(* The elements in exactly one of A and B. *)
SymDiff(A, B) == (A \ B) \cup (B \ A)

(* The union of a set of sets. *)
Flatten(S) == UNION S
FlattenSet(S) == UNION S

(* The greatest and the least element of a non-empty finite set of numbers. *)
Max(S) == CHOOSE x \in S : \A y \in S : x >= y
Min(S) == CHOOSE x \in S : \A y \in S : x <= y

(* The sum and the product of a finite set of numbers. *)
Sum(S) == FoldSet(LAMBDA a, b : a + b, 0, S)
Product(S) == FoldSet(LAMBDA a, b : a * b, 1, S)
SumSet(S) == Sum(S)
ProductSet(S) == Product(S)

(* The sets made by picking one element from each set of Sets:           *)
(* Choices({{1, 2}, {3}}) = {{1, 3}, {2, 3}}; picks that coincide merge,  *)
(* so Choices({{1, 2}, {2, 3}}) holds {2}.                                 *)
Choices(Sets) ==
    {{f[S] : S \in Sets} : f \in {g \in [Sets -> UNION Sets] : \A S \in Sets : g[S] \in S}}

(* The single element of S that satisfies P. *)
ChooseUnique(S, P(_)) == CHOOSE x \in S : P(x) /\ \A y \in S : P(y) => y = x

==============================================================================
