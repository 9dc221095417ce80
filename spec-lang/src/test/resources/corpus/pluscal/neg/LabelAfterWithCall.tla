---- MODULE LabelAfterWithCall ----
EXTENDS Naturals, TLC
(* --algorithm labelafterwithcall
variables x = 0, y = 0;
procedure Q() begin q: return; end procedure;
begin a: with z \in {1} do call Q(); end with;
y := 1;
end algorithm; *)
====
