---- MODULE MacroSelfCalled ----
EXTENDS Naturals
CONSTANT N
(* --algorithm a
variables x = 0;
macro M() begin self := 1; end macro;
process P \in 1..2 begin
L: M();
end process;
end algorithm; *)
====
