---- MODULE PEmptyElsifLast ----
EXTENDS Naturals
(* --algorithm Alg
variables x = 0;
begin
  L0: if x = 0 then x := 1; elsif x = 1 then end if;
end algorithm *)
====
