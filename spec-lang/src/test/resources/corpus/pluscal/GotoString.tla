---- MODULE GotoString ----
EXTENDS Naturals, TLC
(* --algorithm gotostring
variables x = 0, y = 0;
begin a: x := 1;
b: skip;
c: if x = 1 then goto "b"; else goto "Done"; end if;
end algorithm; *)
====
