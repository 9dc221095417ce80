-------------------------------- MODULE TLCExt --------------------------------
(***************************************************************************)
(* Extensions of the standard module TLC. Written for Lockstep from the    *)
(* CommunityModules documentation (same names, arities and meaning). Those *)
(* that need TLC's internals are evaluated in Java (Lockstep's overrides).  *)
(***************************************************************************)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers
LOCAL INSTANCE FiniteSets

(* a = b; when they differ, TLC prints both values. *)
AssertEq(a, b) == a = b

(* Whether evaluating exp fails with the error message err. *)
AssertError(err, exp) == CHOOSE b \in BOOLEAN : TRUE

(* The model value named str: TLCModelValue("a") is the model value a.   *)
TLCModelValue(str) == CHOOSE v : TRUE

(* val itself (an operator TLC's profiler can attribute time to). *)
TLCNoOp(val) == val

(* expr, evaluated once for each value of closure and then remembered. *)
TLCCache(expr, closure) == expr

(* TLCGet(key) when register key has been set by TLCSet, else defaultVal. *)
TLCGetOrDefault(key, defaultVal) == CHOOSE v : TRUE

(* The value register key held (defaultVal when unset); as a side effect   *)
(* the register is set to Op(that value, val).                              *)
TLCGetAndSet(key, Op(_, _), val, defaultVal) ==
    LET before == TLCGetOrDefault(key, defaultVal)
    IN  IF TLCSet(key, Op(before, val)) THEN before ELSE before

(* The behaviour prefix that leads to the current state: a sequence of     *)
(* records, one per state, from variable names to values; its last element *)
(* is the current state.                                                    *)
Trace == CHOOSE t : TRUE

(* The counterexample TLC found, as a graph [state : S, action : A] whose  *)
(* states are pairs <<i, record>> (i the position in the trace). Only a    *)
(* POSTCONDITION sees a counterexample, and POSTCONDITION needs a newer    *)
(* TLC than the bundled one; everywhere else the graph is empty.            *)
CounterExample == [state |-> {}, action |-> {}]

(* The states of a counterexample graph as a sequence, in trace order.     *)
ToTrace(CE) ==
    [i \in 1..Cardinality(CE.state) |-> (CHOOSE p \in CE.state : p[1] = i)[2]]

(* Evaluates expression later (when TLC has chosen the successor state),   *)
(* or never; TRUE.                                                          *)
TLCDefer(expression) == TRUE

(* TRUE when exp is; otherwise TLC asks the user interactively whether to  *)
(* explore the successor state.                                             *)
PickSuccessor(exp) == IF exp THEN TRUE ELSE CHOOSE b \in BOOLEAN : TRUE

(* The lower 32 bits of the fingerprint TLC computes for the value.        *)
TLCFP(val) == CHOOSE i \in Int : TRUE

(* The value of the definition named by the string definitionName.         *)
TLCEvalDefinition(definitionName) == CHOOSE v : TRUE

==============================================================================
