---- MODULE GotoUnknownString ----
EXTENDS Naturals, TLC
(* --algorithm gotounknownstring
variables x = 0, y = 0;
begin a: x := 1;
goto "zzz";
end algorithm; *)
====
