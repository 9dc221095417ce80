------------------------------ MODULE Statistics ------------------------------
(***************************************************************************)
(* Statistical tests on the counts a simulation collects. Written for      *)
(* Lockstep from the CommunityModules documentation (same names, arities   *)
(* and meaning).                                                           *)
(***************************************************************************)
LOCAL INSTANCE Naturals

(***************************************************************************)
(* The chi-square goodness-of-fit test: whether the observed counts        *)
(* actual (a function from outcomes to counts) are consistent with the     *)
(* counts expected (same domain) at significance level alpha (a string     *)
(* such as "0.05"): TRUE when the null hypothesis that actual follows the  *)
(* expected distribution cannot be rejected. Pure TLA+ has no real numbers *)
(* to compute this with, so TLC evaluates it in Java (Lockstep's override). *)
(***************************************************************************)
ChiSquare(expected, actual, alpha) == TRUE

==============================================================================
