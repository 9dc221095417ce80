---- MODULE LabelAfterIfWithLabel ----
EXTENDS Naturals, TLC
(* --algorithm labelafterifwithlabel
variables x = 0, y = 0;
begin a: if x = 0 then b: x := 1; end if;
y := 2;
end algorithm; *)
====
