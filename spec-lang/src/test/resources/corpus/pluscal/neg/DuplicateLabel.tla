---- MODULE DuplicateLabel ----
EXTENDS Naturals
(* --algorithm DuplicateLabel
variables x = 0;
begin
  a: x := 1;
  a: x := 2;
end algorithm *)
====
