---- MODULE MissingLabel ----
EXTENDS Naturals
(* --algorithm MissingLabel
variables x = 0;
begin
  x := 1;
  a: x := 2;
end algorithm *)
====
