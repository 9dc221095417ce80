--------------------------- MODULE DyadicRationals ---------------------------
(***************************************************************************)
(* Dyadic rationals: fractions [num |-> n, den |-> d] whose denominator d  *)
(* is a power of two, kept reduced. Written for Lockstep from the           *)
(* CommunityModules documentation (same names, arities and meaning).       *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE TLC

LOCAL IsPowerOfTwo(d) ==
    LET RECURSIVE P(_)
        P(x) == x = 1 \/ (x > 1 /\ x % 2 = 0 /\ P(x \div 2))
    IN  d \in Nat /\ P(d)

(* Whether r is a dyadic rational. *)
IsDyadicRational(r) == r.num \in Nat /\ IsPowerOfTwo(r.den)

Zero == [num |-> 0, den |-> 1]
One == [num |-> 1, den |-> 1]

(* The fraction n/d with common factors of two cancelled. *)
LOCAL Reduce(n, d) ==
    LET RECURSIVE R(_, _)
        R(a, b) == IF a % 2 = 0 /\ b % 2 = 0 /\ b > 1 THEN R(a \div 2, b \div 2) ELSE [num |-> a, den |-> b]
    IN  IF n = 0 THEN Zero ELSE R(n, d)

(* Half of p: Half(One) = [num |-> 1, den |-> 2]. *)
Half(p) == Reduce(p.num, 2 * p.den)

(* The sum of p and q. *)
Add(p, q) ==
    IF p.den >= q.den
    THEN Reduce(p.num + q.num * (p.den \div q.den), p.den)
    ELSE Reduce(q.num + p.num * (q.den \div p.den), q.den)

(* "n/d", or "n" when d = 1. *)
PrettyPrint(p) ==
    IF p.den = 1 THEN ToString(p.num) ELSE ToString(p.num) \o "/" \o ToString(p.den)


==============================================================================
