---------------------------- MODULE Combinatorics ----------------------------
(***************************************************************************)
(* Counting. Written for Lockstep from the CommunityModules documentation  *)
(* (same names, arities and meaning).                                      *)
(***************************************************************************)
LOCAL INSTANCE Naturals

(* n! for a natural number n: factorial(0) = 1, factorial(4) = 24. *)
factorial(n) ==
    LET f[i \in 0..n] == IF i = 0 THEN 1 ELSE i * f[i - 1]
    IN  f[n]

(* The binomial coefficient n over k: choose(4, 2) = 6; 0 when k > n. *)
choose(n, k) ==
    IF k > n THEN 0 ELSE factorial(n) \div (factorial(k) * factorial(n - k))

==============================================================================
