---- MODULE MacroNamedLikeVariableP ----
EXTENDS Naturals
(* --algorithm Counter
variables count = 0;
macro count(k) begin count := k; end macro;
begin
  Start: count := count + 1;
  Again: count(2);
end algorithm *)
====
