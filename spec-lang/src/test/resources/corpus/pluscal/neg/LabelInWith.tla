---- MODULE LabelInWith ----
EXTENDS Naturals, TLC
(* --algorithm labelinwith
variables x = 0, y = 0;
begin a: with z \in {1, 2} do b: x := z; end with;
end algorithm; *)
====
