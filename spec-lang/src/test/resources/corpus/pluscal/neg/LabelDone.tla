---- MODULE LabelDone ----
EXTENDS Naturals, TLC
(* --algorithm labeldone
variables x = 0, y = 0;
begin Done: x := 1;
end algorithm; *)
====
