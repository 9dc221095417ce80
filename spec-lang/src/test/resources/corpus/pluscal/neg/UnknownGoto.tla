---- MODULE UnknownGoto ----
EXTENDS Naturals
(* --algorithm UnknownGoto
begin
  a: goto b;
end algorithm *)
====
