------------------------------ MODULE Functions ------------------------------
(***************************************************************************)
(* Operators on functions. Written for Lockstep from the CommunityModules  *)
(* documentation (same names, arities and meaning).                        *)
(***************************************************************************)
LOCAL INSTANCE Folds

(* The function f with its domain restricted to S. *)
Restrict(f, S) == [x \in S |-> f[x]]

(* The function f restricted to the arguments x with Test(x). *)
RestrictDomain(f, Test(_)) == Restrict(f, {x \in DOMAIN f : Test(x)})

(* The function f restricted to the arguments whose value satisfies Test. *)
RestrictValues(f, Test(_)) == Restrict(f, {x \in DOMAIN f : Test(f[x])})

(* Whether f is a restriction of g: f agrees with g on the domain of f. *)
IsRestriction(f, g) == DOMAIN f \subseteq DOMAIN g /\ \A x \in DOMAIN f : f[x] = g[x]

(* The set of values of f: Range([x \in {1, 2} |-> 0]) = {0}. *)
Range(f) == {f[x] : x \in DOMAIN f}

(* T applied to the values of f and g at each argument of f (DOMAIN f a  *)
(* subset of DOMAIN g): Pointwise(<<1, 2>>, <<3, 4>>, +) = <<4, 6>>.      *)
Pointwise(f, g, T(_, _)) == [x \in DOMAIN f |-> T(f[x], g[x])]

(* A function from T to S that maps each value of f in T back to an       *)
(* argument of f in S; values of T that f does not reach map to any       *)
(* element of S.                                                           *)
Inverse(f, S, T) ==
    [t \in T |-> CHOOSE s \in S : t \in Range(f) => f[s] = t]

(* The inverse of an injective function, on the range of f. *)
AntiFunction(f) == [y \in Range(f) |-> CHOOSE x \in DOMAIN f : f[x] = y]

(* Whether f maps different arguments to different values. *)
IsInjective(f) == \A a, b \in DOMAIN f : f[a] = f[b] => a = b

(* Whether f (a function from S to T) reaches every element of T. *)
IsSurjective(f, S, T) == \A t \in T : \E s \in S : f[s] = t

(* Whether f is a bijection from S to T. *)
IsBijection(f, S, T) == IsInjective(f) /\ IsSurjective(f, S, T)

(* The injections, surjections and bijections from S to T. *)
Injection(S, T) == {f \in [S -> T] : IsInjective(f)}
Surjection(S, T) == {f \in [S -> T] : IsSurjective(f, S, T)}
Bijection(S, T) == Injection(S, T) \cap Surjection(S, T)

ExistsInjection(S, T) == Injection(S, T) # {}
ExistsSurjection(S, T) == Surjection(S, T) # {}
ExistsBijection(S, T) == Bijection(S, T) # {}

(* Combines the values f[i] for i \in indices (a subset of DOMAIN f) with *)
(* op, starting from base: FoldFunctionOnSet(+, 0, <<1, 2, 3>>, {1, 3}) = 4. *)
FoldFunctionOnSet(op(_, _), base, f, indices) ==
    MapThenFoldSet(op, base, LAMBDA i : f[i], LAMBDA s : CHOOSE x \in s : TRUE, indices)

(* Combines all values of f with op: FoldFunction(+, 0, <<1, 2, 3>>) = 6. *)
FoldFunction(op(_, _), base, f) == FoldFunctionOnSet(op, base, f, DOMAIN f)

==============================================================================
