---- MODULE MacroSelfUniprocessUncalled ----
EXTENDS Naturals
CONSTANT N
(* --algorithm a
variables x = 0;
macro M() begin x := self; end macro;
begin
L: x := 1;
end algorithm; *)
====
