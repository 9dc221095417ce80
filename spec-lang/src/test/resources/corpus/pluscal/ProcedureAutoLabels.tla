---- MODULE ProcedureAutoLabels ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm procedureautolabels
variables x = 0, y = 0;
procedure Q() begin x := 1; return; end procedure;
begin
  call Q();
  y := 1;
end algorithm; *)
====
