---- MODULE LabelAfterIfWithGoto ----
EXTENDS Naturals, TLC
(* --algorithm labelafterifwithgoto
variables x = 0, y = 0;
begin a: x := 1;
b: if x = 1 then goto a; end if;
y := 1;
end algorithm; *)
====
