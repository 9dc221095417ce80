---- MODULE MacroPcCalled ----
EXTENDS Naturals
CONSTANT N
(* --algorithm a
variables x = 0;
macro M() begin pc := "L"; end macro;
begin
L: M();
end algorithm; *)
====
