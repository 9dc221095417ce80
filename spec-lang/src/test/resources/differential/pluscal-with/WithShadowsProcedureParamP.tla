---- MODULE WithShadowsProcedureParamP ----
EXTENDS Naturals, Sequences
(* --algorithm WithShadowsProcedureParamP
variables r = 0;
procedure Proc(k)
begin
  L1:
    with k \in {1} do r := k; end with;
    return;
end procedure;
begin
  Main: call Proc(1);
end algorithm *)
====
