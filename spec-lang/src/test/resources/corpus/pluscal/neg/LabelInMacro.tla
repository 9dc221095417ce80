---- MODULE LabelInMacro ----
EXTENDS Naturals, TLC
(* --algorithm labelinmacro
variables x = 0, y = 0;
macro M() begin l: x := 1; end macro;
begin a: M();
end algorithm; *)
====
