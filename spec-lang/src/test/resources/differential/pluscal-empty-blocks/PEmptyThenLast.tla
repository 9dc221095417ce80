---- MODULE PEmptyThenLast ----
EXTENDS Naturals
(* --algorithm Alg
variables x = 0;
begin
  L0: if x = 0 then end if;
end algorithm *)
====
