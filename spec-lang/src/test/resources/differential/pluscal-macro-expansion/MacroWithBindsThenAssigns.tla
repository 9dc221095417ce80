---- MODULE MacroWithBindsThenAssigns ----
EXTENDS Naturals
CONSTANT N
(* --algorithm a
variables x = 0;
macro M() begin with z \in {1} do z := 1; end with; end macro;
begin
L: M();
end algorithm; *)
====
