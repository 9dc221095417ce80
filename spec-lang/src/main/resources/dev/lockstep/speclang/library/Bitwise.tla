------------------------------- MODULE Bitwise -------------------------------
(***************************************************************************)
(* Bitwise operations on natural numbers. Written for Lockstep from the    *)
(* CommunityModules documentation (same names, arities and meaning).       *)
(***************************************************************************)
LOCAL INSTANCE Naturals

(* Combines the bits of x and y with the Boolean operator b, lowest bit  *)
(* first.                                                                *)
LOCAL BitsOf(x, y, b(_, _)) ==
    LET RECURSIVE Go(_, _)
        Go(u, v) == IF u = 0 /\ v = 0 THEN 0
                    ELSE 2 * Go(u \div 2, v \div 2) + (IF b(u % 2 = 1, v % 2 = 1) THEN 1 ELSE 0)
    IN  Go(x, y)

(* Bitwise and, or and exclusive or of two natural numbers. *)
x & y == BitsOf(x, y, LAMBDA p, q : p /\ q)
x | y == BitsOf(x, y, LAMBDA p, q : p \/ q)
x ^^ y == BitsOf(x, y, LAMBDA p, q : p # q)

(* The bits of the natural number x flipped, up to its highest set bit:  *)
(* Not(5) = 2 (101 -> 010), Not(0) = 1.                                   *)
Not(x) ==
    LET RECURSIVE Go(_)
        Go(u) == IF u = 0 THEN 0 ELSE 2 * Go(u \div 2) + (IF u % 2 = 0 THEN 1 ELSE 0)
    IN  IF x = 0 THEN 1 ELSE Go(x)

(* x shifted right by n bits: shiftR(8, 2) = 2. *)
shiftR(x, n) == x \div (2 ^ n)

==============================================================================
