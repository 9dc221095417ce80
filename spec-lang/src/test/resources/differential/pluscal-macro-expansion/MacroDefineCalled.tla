---- MODULE MacroDefineCalled ----
EXTENDS Naturals
CONSTANT N
(* --algorithm a
variables x = 0;
define D == 1 end define;
macro M() begin D := 1; end macro;
begin
L: M();
end algorithm; *)
====
