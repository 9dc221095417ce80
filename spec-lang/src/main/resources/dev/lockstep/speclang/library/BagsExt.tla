------------------------------- MODULE BagsExt -------------------------------
(***************************************************************************)
(* Operators on bags (multisets: functions from elements to positive      *)
(* counts, as in the standard module Bags). Written for Lockstep from the  *)
(* CommunityModules documentation (same names, arities and meaning).       *)
(***************************************************************************)
LOCAL INSTANCE Bags
LOCAL INSTANCE Integers
LOCAL INSTANCE Folds

(* B with one more copy of x. *)
BagAdd(B, x) ==
    IF x \in DOMAIN B THEN [B EXCEPT ![x] = @ + 1]
    ELSE [y \in DOMAIN B \cup {x} |-> IF y = x THEN 1 ELSE B[y]]

(* B with one copy of x fewer (B itself when x is not in B). *)
BagRemove(B, x) ==
    IF x \in DOMAIN B
    THEN IF B[x] = 1 THEN [y \in DOMAIN B \ {x} |-> B[y]] ELSE [B EXCEPT ![x] = @ - 1]
    ELSE B

(* B without any copy of x. *)
BagRemoveAll(B, x) == [y \in DOMAIN B \ {x} |-> B[y]]

(* Combines the elements of B with op, each as often as B holds it,      *)
(* starting from base: FoldBag(+, 0, SetToBag({1, 2})) = 3.              *)
FoldBag(op(_, _), base, B) ==
    MapThenFoldSet(LAMBDA x, acc : LET f[n \in 0..B[x]] == IF n = 0 THEN acc ELSE op(x, f[n - 1])
                                   IN  f[B[x]],
                   base, LAMBDA x : x, LAMBDA T : CHOOSE x \in T : TRUE, DOMAIN B)

(* The sum and the product of a bag of numbers. *)
SumBag(B) == FoldBag(LAMBDA x, y : x + y, 0, B)
ProductBag(B) == FoldBag(LAMBDA x, y : x * y, 1, B)

==============================================================================
