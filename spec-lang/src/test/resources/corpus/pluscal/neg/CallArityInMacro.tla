---- MODULE CallArityInMacro ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm callarityinmacro
variables x = 0, y = 0;
macro M() begin call Q(1); end macro;
procedure Q() begin q: return; end procedure;
begin a: M();
end algorithm; *)
====
