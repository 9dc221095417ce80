---- MODULE LabelError ----
EXTENDS Naturals, TLC
(* --algorithm labelerror
variables x = 0, y = 0;
begin Error: x := 1;
end algorithm; *)
====
