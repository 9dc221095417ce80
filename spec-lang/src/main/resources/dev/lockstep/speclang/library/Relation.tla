------------------------------- MODULE Relation -------------------------------
(***************************************************************************)
(* Binary relations on a set S, represented as Boolean functions on        *)
(* S \X S: R[x, y] holds when x is related to y. Written for Lockstep from  *)
(* the CommunityModules documentation (same names, arities and meaning).   *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets

IsReflexive(R, S) == \A x \in S : R[x, x]
IsIrreflexive(R, S) == \A x \in S : ~ R[x, x]
IsSymmetric(R, S) == \A x, y \in S : R[x, y] <=> R[y, x]
IsAntiSymmetric(R, S) == \A x, y \in S : (R[x, y] /\ R[y, x]) => x = y
IsAsymmetric(R, S) == \A x, y \in S : ~ (R[x, y] /\ R[y, x])
IsTransitive(R, S) == \A x, y, z \in S : (R[x, y] /\ R[y, z]) => R[x, z]

IsStrictlyPartiallyOrdered(R, S) == IsIrreflexive(R, S) /\ IsAntiSymmetric(R, S) /\ IsTransitive(R, S)
IsPartiallyOrdered(R, S) == IsReflexive(R, S) /\ IsAntiSymmetric(R, S) /\ IsTransitive(R, S)
IsStrictlyTotallyOrdered(R, S) ==
    IsStrictlyPartiallyOrdered(R, S) /\ \A x, y \in S : x # y => (R[x, y] \/ R[y, x])
IsTotallyOrdered(R, S) == IsPartiallyOrdered(R, S) /\ \A x, y \in S : R[x, y] \/ R[y, x]

(* The smallest transitive relation containing R: x is related to y when *)
(* a chain of R-steps leads from x to y.                                 *)
TransitiveClosure(R, S) ==
    LET RECURSIVE Close(_)
        Close(T) == LET U == [xy \in S \X S |-> T[xy] \/ \E z \in S : T[xy[1], z] /\ T[z, xy[2]]]
                    IN  IF U = T THEN T ELSE Close(U)
    IN  Close([xy \in S \X S |-> R[xy]])

(* The transitive closure with every element related to itself. *)
ReflexiveTransitiveClosure(R, S) ==
    LET T == TransitiveClosure(R, S)
    IN  [xy \in S \X S |-> xy[1] = xy[2] \/ T[xy]]

(* Whether any two elements of S are related through a chain of R-steps. *)
IsConnected(R, S) ==
    LET T == ReflexiveTransitiveClosure(R, S)
    IN  \A x, y \in S : T[x, y]

==============================================================================
