-------------------------------- MODULE TLCExt --------------------------------
(***************************************************************************)
(* Extensions of the standard module TLC. Written for Lockstep from the    *)
(* CommunityModules documentation (same names, arities and meaning). Those *)
(* that need TLC's internals are evaluated in Java (Lockstep's overrides).  *)
(***************************************************************************)
LOCAL INSTANCE TLC

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

==============================================================================
