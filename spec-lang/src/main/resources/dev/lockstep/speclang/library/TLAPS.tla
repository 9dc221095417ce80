--------------------------------- MODULE TLAPS ---------------------------------
(***************************************************************************)
(* The proof-system pragmas of the TLA+ Proof System: names that proofs    *)
(* cite (BY SMT, BY Zenon, BY PTL ...) to choose a back-end prover. Written *)
(* for Lockstep so that specs with proofs parse and can be model-checked;  *)
(* TLC ignores proofs, and every pragma here is simply TRUE.                *)
(***************************************************************************)

(* Back-end provers, with a timeout variant taking a number of seconds. *)
SMT == TRUE
SMTT(X) == TRUE
CVC3 == TRUE
CVC3T(X) == TRUE
Yices == TRUE
YicesT(X) == TRUE
veriT == TRUE
veriTT(X) == TRUE
Z3 == TRUE
Z3T(X) == TRUE
Spass == TRUE
SpassT(X) == TRUE
Zenon == TRUE
ZenonT(X) == TRUE
Isa == TRUE
IsaT(X) == TRUE
IsaM(X) == TRUE
IsaMT(X, Y) == TRUE
Auto == TRUE
Force == TRUE
Blast == TRUE
SimpleArithmetic == TRUE
AllProvers == TRUE
AllProversT(X) == TRUE
AllSMT == TRUE
AllSMTT(X) == TRUE
AllIsa == TRUE
AllIsaT(X) == TRUE
PTL == TRUE
LS4 == TRUE
ExpandENABLED == TRUE
ExpandCdot == TRUE
AutoUSE == TRUE
Lambdify == TRUE
ENABLEDaxioms == TRUE
ENABLEDrules == TRUE
ENABLEDrewrites == TRUE
LevelComparison == TRUE

(* Two facts about sets that proofs often cite. *)
THEOREM SetExtensionality == \A S, T : (\A x : x \in S <=> x \in T) => S = T
PROOF OMITTED

THEOREM NoSetContainsEverything == \A S : \E x : x \notin S
PROOF OMITTED

(* The rule of temporal induction: Inv /\ [][Inv => Inv']_v => []Inv. *)
THEOREM Inv1 == ASSUME STATE I, STATE v, ACTION N,
                       I /\ [N]_v => I'
                PROVE  I /\ [][N]_v => []I
PROOF OMITTED

================================================================================
