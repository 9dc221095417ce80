-------------------------------- MODULE Folds --------------------------------
(***************************************************************************)
(* Folding a set: the general fold the other modules of Lockstep's library *)
(* build on. Written for Lockstep from the CommunityModules documentation.  *)
(***************************************************************************)

(***************************************************************************)
(* Maps every element x of the finite set S with f(x) and combines the     *)
(* results with op, starting from base. choose(T) picks the next element   *)
(* of a non-empty subset T of S; for a commutative and associative op the  *)
(* result does not depend on it.                                           *)
(*   MapThenFoldSet(LAMBDA x, y : x + y, 0, LAMBDA x : x, LAMBDA T :       *)
(*                  CHOOSE t \in T : TRUE, {1, 2, 3}) = 6                  *)
(***************************************************************************)
MapThenFoldSet(op(_, _), base, f(_), choose(_), S) ==
    LET iter[T \in SUBSET S] ==
            IF T = {} THEN base
            ELSE LET x == choose(T)
                 IN  op(f(x), iter[T \ {x}])
    IN  iter[S]

==============================================================================
