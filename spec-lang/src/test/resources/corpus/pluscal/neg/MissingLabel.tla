---- MODULE MissingLabel ----
EXTENDS Naturals
(* --algorithm MissingLabel
variables x = 0;
begin
  x := 1;
end algorithm *)
====
