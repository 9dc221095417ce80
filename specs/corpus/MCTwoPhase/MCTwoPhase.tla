---------------------------- MODULE MCTwoPhase ----------------------------
(* Toolbox-style model: extends the spec and defines the constants the     *)
(* configuration substitutes.                                              *)
EXTENDS TwoPhase, TLC

CONSTANTS rm1, rm2, rm3

const_RM == {rm1, rm2, rm3}

symm_RM == Permutations(const_RM)
=============================================================================
